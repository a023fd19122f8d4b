import type { Migration } from './types';

/**
 * What a funnel is worth and what it should convert (issue 15):
 * - `funnel_values`: one row per map with its average order value (deal size, 客单价), currency and
 *   optional lifetime value; goes with its map.
 * - `metric_periods.order_value`: a period's own order value, overriding the map's; NULL uses the map's.
 * - `funnel_benchmarks`: a reference range (min/max percent) of the conversion from a stage to the
 *   next one, per map and stage. Like `stage_metrics` since 0020, a row outlives its stage (no
 *   cascade from `stages`: undoing a stage delete brings the stage back with the same id and finds
 *   its benchmark again); readers join `stages`, so a deleted stage's range is never shown.
 */
export const migration0060: Migration = {
  version: 60,
  name: 'funnel-value-benchmarks',
  up(db) {
    db.exec(`
      CREATE TABLE funnel_values (
        map_id TEXT PRIMARY KEY REFERENCES maps (id) ON DELETE CASCADE,
        order_value REAL,
        currency TEXT NOT NULL,
        lifetime_value REAL
      ) STRICT;

      ALTER TABLE metric_periods ADD COLUMN order_value REAL;

      CREATE TABLE funnel_benchmarks (
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        stage_id TEXT NOT NULL,
        min_percent REAL NOT NULL,
        max_percent REAL NOT NULL,
        PRIMARY KEY (map_id, stage_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
