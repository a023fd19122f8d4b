import {
  CURRENCIES,
  ImportProvenanceSchema,
  type Currency,
  type FunnelValue,
  type MetricPeriod,
  type StageBenchmark,
  type StageMetric,
} from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';

/** A `metric_periods` row. */
interface PeriodRow {
  id: string;
  map_id: string;
  name: string;
  start_date: string | null;
  end_date: string | null;
  source: string;
  provenance: string | null;
  created_at: string;
  order_value: number | null;
}

/** A `stage_metrics` row. */
interface StageMetricRow {
  period_id: string;
  stage_id: string;
  metric_label: string;
  count: number | null;
  target_conversion: number | null;
  avg_days_in_stage: number | null;
  loss_reasons: string;
}

/**
 * The one mapping of period rows. Provenance is parsed strictly: only the app writes it, from an
 * already checked import, so a row that does not parse is a damaged library, not input to forgive.
 */
const toPeriod = (r: PeriodRow): MetricPeriod => ({
  id: r.id,
  mapId: r.map_id,
  name: r.name,
  startDate: r.start_date,
  endDate: r.end_date,
  source: r.source,
  provenance: parseProvenance(r.provenance),
  createdAt: r.created_at,
  // Only when set, so a period without its own order value reads as it did before migration 0060.
  ...(r.order_value === null ? {} : { orderValue: r.order_value }),
});

/**
 * Where a period's numbers came from is a note beside them: an unreadable note (a library edited by
 * another tool) reads as "no provenance" rather than making the map's numbers unreadable.
 */
function parseProvenance(raw: string | null): MetricPeriod['provenance'] {
  if (raw === null) return null;
  try {
    const parsed = ImportProvenanceSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const periodToRow = (p: MetricPeriod): PeriodRow => ({
  id: p.id,
  map_id: p.mapId,
  name: p.name,
  start_date: p.startDate,
  end_date: p.endDate,
  source: p.source,
  provenance: p.provenance === null ? null : JSON.stringify(p.provenance),
  created_at: p.createdAt,
  order_value: p.orderValue ?? null,
});

const toMetric = (r: StageMetricRow): StageMetric => ({
  periodId: r.period_id,
  stageId: r.stage_id,
  metricLabel: r.metric_label,
  count: r.count,
  targetConversion: r.target_conversion,
  avgDaysInStage: r.avg_days_in_stage,
  lossReasons: r.loss_reasons,
});

const metricToRow = (m: StageMetric): StageMetricRow => ({
  period_id: m.periodId,
  stage_id: m.stageId,
  metric_label: m.metricLabel,
  count: m.count,
  target_conversion: m.targetConversion,
  avg_days_in_stage: m.avgDaysInStage,
  loss_reasons: m.lossReasons,
});

/** A map's periods in creation order (rowid). */
export function listPeriods(db: Db, mapId: string): MetricPeriod[] {
  const rows = statement(db, 'SELECT * FROM metric_periods WHERE map_id = ? ORDER BY rowid').all(mapId);
  return (rows as PeriodRow[]).map(toPeriod);
}

/**
 * The stage metrics of a map's periods, for the stages the map has now. Rows of a deleted stage are
 * kept (migration 0020: undoing the delete saves the stage again with the same id and finds its numbers
 * again) but never read: the join on the stage and the period's map leaves them out, so no reader
 * (funnel, CSV, versions, map file, duplicate) sees numbers of a stage that is not there.
 */
export function listStageMetrics(db: Db, mapId: string): StageMetric[] {
  const rows = statement(
    db,
    `SELECT sm.* FROM stage_metrics sm
       JOIN metric_periods p ON p.id = sm.period_id
       JOIN stages s ON s.id = sm.stage_id AND s.map_id = p.map_id
     WHERE p.map_id = ? ORDER BY p.rowid, sm.stage_id`,
  ).all(mapId);
  return (rows as StageMetricRow[]).map(toMetric);
}

export function insertPeriod(db: Db, period: MetricPeriod): void {
  statement(
    db,
    `INSERT INTO metric_periods
       (id, map_id, name, start_date, end_date, source, provenance, created_at, order_value)
     VALUES (@id, @map_id, @name, @start_date, @end_date, @source, @provenance, @created_at, @order_value)`,
  ).run(periodToRow(period));
}

export function getPeriod(db: Db, periodId: string): MetricPeriod | undefined {
  const row = statement(db, 'SELECT * FROM metric_periods WHERE id = ?').get(periodId) as
    PeriodRow | undefined;
  return row && toPeriod(row);
}

/** Writes every field of an existing period but its map and creation time (read it, change it, write it back). */
export function updatePeriod(db: Db, period: MetricPeriod): void {
  statement(
    db,
    `UPDATE metric_periods SET name = @name, start_date = @start_date, end_date = @end_date,
       source = @source, provenance = @provenance, order_value = @order_value WHERE id = @id`,
  ).run(periodToRow(period));
}

/** Deletes a period; its stage metrics, those of deleted stages too, go with it (ON DELETE CASCADE). */
export function deletePeriod(db: Db, periodId: string): number {
  return statement(db, 'DELETE FROM metric_periods WHERE id = ?').run(periodId).changes;
}

/** Deletes every period of a map with all their stage metrics (ON DELETE CASCADE). */
export function deleteMapPeriods(db: Db, mapId: string): number {
  return statement(db, 'DELETE FROM metric_periods WHERE map_id = ?').run(mapId).changes;
}

/** Inserts or replaces the numbers of one stage in one period. */
export function upsertStageMetric(db: Db, metric: StageMetric): void {
  statement(
    db,
    `INSERT INTO stage_metrics
       (period_id, stage_id, metric_label, count, target_conversion, avg_days_in_stage, loss_reasons)
     VALUES (@period_id, @stage_id, @metric_label, @count, @target_conversion, @avg_days_in_stage,
       @loss_reasons)
     ON CONFLICT (period_id, stage_id) DO UPDATE SET metric_label = excluded.metric_label,
       count = excluded.count, target_conversion = excluded.target_conversion,
       avg_days_in_stage = excluded.avg_days_in_stage, loss_reasons = excluded.loss_reasons`,
  ).run(metricToRow(metric));
}

export function getStageMetric(db: Db, periodId: string, stageId: string): StageMetric | undefined {
  const row = statement(db, 'SELECT * FROM stage_metrics WHERE period_id = ? AND stage_id = ?').get(
    periodId,
    stageId,
  ) as StageMetricRow | undefined;
  return row && toMetric(row);
}

/** A `funnel_values` row. */
interface FunnelValueRow {
  map_id: string;
  order_value: number | null;
  currency: string;
  lifetime_value: number | null;
}

/**
 * A map's order value, currency and lifetime value; undefined when none was ever set. A currency
 * the app no longer lists (a library edited by another tool) reads as unset rather than failing.
 */
export function getFunnelValue(db: Db, mapId: string): FunnelValue | undefined {
  const row = statement(db, 'SELECT * FROM funnel_values WHERE map_id = ?').get(mapId) as
    FunnelValueRow | undefined;
  if (!row || !(CURRENCIES as readonly string[]).includes(row.currency)) return undefined;
  return {
    orderValue: row.order_value,
    currency: row.currency as Currency,
    lifetimeValue: row.lifetime_value,
  };
}

export function setFunnelValue(db: Db, mapId: string, value: FunnelValue): void {
  statement(
    db,
    `INSERT INTO funnel_values (map_id, order_value, currency, lifetime_value)
     VALUES (@map_id, @order_value, @currency, @lifetime_value)
     ON CONFLICT (map_id) DO UPDATE SET order_value = excluded.order_value,
       currency = excluded.currency, lifetime_value = excluded.lifetime_value`,
  ).run({
    map_id: mapId,
    order_value: value.orderValue,
    currency: value.currency,
    lifetime_value: value.lifetimeValue,
  });
}

/** A `funnel_benchmarks` row. */
interface BenchmarkRow {
  map_id: string;
  stage_id: string;
  min_percent: number;
  max_percent: number;
}

/** The benchmark ranges of a map's current stages, in stage order (a deleted stage's row is kept, not read). */
export function listBenchmarks(db: Db, mapId: string): StageBenchmark[] {
  const rows = statement(
    db,
    `SELECT b.* FROM funnel_benchmarks b JOIN stages s ON s.id = b.stage_id AND s.map_id = b.map_id
     WHERE b.map_id = ? ORDER BY s.position`,
  ).all(mapId) as BenchmarkRow[];
  return rows.map((r) => ({ stageId: r.stage_id, minPercent: r.min_percent, maxPercent: r.max_percent }));
}

export function upsertBenchmark(db: Db, mapId: string, benchmark: StageBenchmark): void {
  statement(
    db,
    `INSERT INTO funnel_benchmarks (map_id, stage_id, min_percent, max_percent)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (map_id, stage_id) DO UPDATE SET min_percent = excluded.min_percent,
       max_percent = excluded.max_percent`,
  ).run(mapId, benchmark.stageId, benchmark.minPercent, benchmark.maxPercent);
}

/** Deletes a map's benchmarks and order value (before its content is written again). */
export function deleteMapFunnelSettings(db: Db, mapId: string): void {
  statement(db, 'DELETE FROM funnel_benchmarks WHERE map_id = ?').run(mapId);
  statement(db, 'DELETE FROM funnel_values WHERE map_id = ?').run(mapId);
}

export function deleteBenchmark(db: Db, mapId: string, stageId: string): void {
  statement(db, 'DELETE FROM funnel_benchmarks WHERE map_id = ? AND stage_id = ?').run(mapId, stageId);
}
