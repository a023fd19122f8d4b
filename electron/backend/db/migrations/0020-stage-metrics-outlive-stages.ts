import type { Migration } from './types';

/**
 * Stage metrics no longer cascade from their stage: a stage's numbers belong to the period (and so to
 * the map), and live as long as the period does.
 *
 * Deleting a stage is undoable in the editor: Undo saves the stage again with the same id. With the
 * old `stage_id REFERENCES stages ON DELETE CASCADE`, the delete had already erased the stage's count,
 * target and loss reasons in every period, so Undo brought the column back empty. Now the save deletes
 * only the rows its change set lists; the rows of a deleted stage stay behind, are never shown (every
 * reader joins `stages` on the stage and the period's map), and are found again when the stage comes
 * back. Deleting the period or the whole map still removes them, through `period_id`'s cascade.
 *
 * SQLite cannot drop a constraint in place, so the table is rebuilt (sqlite.org/lang_altertable.html).
 * No table references `stage_metrics`, so the rebuild is safe with foreign keys on and inside the
 * migration's transaction: create the new table, copy, drop the old one, rename. The old index on
 * `stage_id` served only the cascade from `stages` and goes with the old table; every read goes by
 * period, which the primary key covers.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'stage-metrics-outlive-stages',
  up(db) {
    db.exec(`
      CREATE TABLE stage_metrics_0020 (
        period_id TEXT NOT NULL REFERENCES metric_periods (id) ON DELETE CASCADE,
        stage_id TEXT NOT NULL,
        metric_label TEXT NOT NULL DEFAULT '',
        count INTEGER,
        target_conversion REAL,
        avg_days_in_stage REAL,
        loss_reasons TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (period_id, stage_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO stage_metrics_0020
        (period_id, stage_id, metric_label, count, target_conversion, avg_days_in_stage, loss_reasons)
        SELECT period_id, stage_id, metric_label, count, target_conversion, avg_days_in_stage, loss_reasons
        FROM stage_metrics;
      DROP TABLE stage_metrics;
      ALTER TABLE stage_metrics_0020 RENAME TO stage_metrics;
    `);
  },
};
