import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';

/** A `metric_periods` row, copied as-is when a map is duplicated. */
export interface PeriodRow {
  id: string;
  map_id: string;
  name: string;
  start_date: string | null;
  end_date: string | null;
  source: string;
  provenance: string | null;
  created_at: string;
}

/** A `stage_metrics` row, copied as-is when a map is duplicated. */
export interface StageMetricRow {
  period_id: string;
  stage_id: string;
  metric_label: string;
  count: number | null;
  target_conversion: number | null;
  avg_days_in_stage: number | null;
  loss_reasons: string;
}

export function listPeriodRows(db: Db, mapId: string): PeriodRow[] {
  return statement(db, 'SELECT * FROM metric_periods WHERE map_id = ? ORDER BY rowid').all(
    mapId,
  ) as PeriodRow[];
}

/**
 * The stage metrics of a map's periods, for the stages the map has now. Rows of a deleted stage are
 * kept (migration 0020: undoing the delete saves the stage again with the same id and finds its numbers
 * again) but never read: the join on the stage and the period's map leaves them out, so no reader
 * (funnel, CSV, versions, map file, duplicate) sees numbers of a stage that is not there.
 */
export function listStageMetricRows(db: Db, mapId: string): StageMetricRow[] {
  return statement(
    db,
    `SELECT sm.* FROM stage_metrics sm
       JOIN metric_periods p ON p.id = sm.period_id
       JOIN stages s ON s.id = sm.stage_id AND s.map_id = p.map_id
     WHERE p.map_id = ? ORDER BY p.rowid, sm.stage_id`,
  ).all(mapId) as StageMetricRow[];
}

export function insertPeriodRow(db: Db, row: PeriodRow): void {
  statement(
    db,
    `INSERT INTO metric_periods (id, map_id, name, start_date, end_date, source, provenance, created_at)
     VALUES (@id, @map_id, @name, @start_date, @end_date, @source, @provenance, @created_at)`,
  ).run(row);
}

export function insertStageMetricRow(db: Db, row: StageMetricRow): void {
  statement(
    db,
    `INSERT INTO stage_metrics
       (period_id, stage_id, metric_label, count, target_conversion, avg_days_in_stage, loss_reasons)
     VALUES (@period_id, @stage_id, @metric_label, @count, @target_conversion, @avg_days_in_stage,
       @loss_reasons)`,
  ).run(row);
}

export function getPeriodRow(db: Db, periodId: string): PeriodRow | undefined {
  return statement(db, 'SELECT * FROM metric_periods WHERE id = ?').get(periodId) as PeriodRow | undefined;
}

/** Writes every field of an existing period row (read it, change it, write it back). */
export function updatePeriodRow(db: Db, row: PeriodRow): void {
  statement(
    db,
    `UPDATE metric_periods SET name = @name, start_date = @start_date, end_date = @end_date,
       source = @source, provenance = @provenance WHERE id = @id`,
  ).run(row);
}

/** Deletes a period; its stage metrics, those of deleted stages too, go with it (ON DELETE CASCADE). */
export function deletePeriodRow(db: Db, periodId: string): number {
  return statement(db, 'DELETE FROM metric_periods WHERE id = ?').run(periodId).changes;
}

/** Inserts or replaces the numbers of one stage in one period. */
export function upsertStageMetricRow(db: Db, row: StageMetricRow): void {
  statement(
    db,
    `INSERT INTO stage_metrics
       (period_id, stage_id, metric_label, count, target_conversion, avg_days_in_stage, loss_reasons)
     VALUES (@period_id, @stage_id, @metric_label, @count, @target_conversion, @avg_days_in_stage,
       @loss_reasons)
     ON CONFLICT (period_id, stage_id) DO UPDATE SET metric_label = excluded.metric_label,
       count = excluded.count, target_conversion = excluded.target_conversion,
       avg_days_in_stage = excluded.avg_days_in_stage, loss_reasons = excluded.loss_reasons`,
  ).run(row);
}

export function getStageMetricRow(db: Db, periodId: string, stageId: string): StageMetricRow | undefined {
  return statement(db, 'SELECT * FROM stage_metrics WHERE period_id = ? AND stage_id = ?').get(
    periodId,
    stageId,
  ) as StageMetricRow | undefined;
}
