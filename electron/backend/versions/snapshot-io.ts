import type { MapSnapshot, MetricPeriod, StageMetric } from '../../../shared/domain';
import { ImportProvenanceSchema } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import {
  insertPeriodRow,
  insertStageMetricRow,
  listPeriodRows,
  listStageMetricRows,
  type PeriodRow,
  type StageMetricRow,
} from '../repositories/metrics-repository';
import { readMap } from '../services/map-reader';
import { readPersonasUsedBy } from './snapshot-personas';

const toPeriod = (r: PeriodRow): MetricPeriod => ({
  id: r.id,
  mapId: r.map_id,
  name: r.name,
  startDate: r.start_date,
  endDate: r.end_date,
  source: r.source,
  provenance: r.provenance === null ? null : ImportProvenanceSchema.parse(JSON.parse(r.provenance)),
  createdAt: r.created_at,
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

/**
 * Everything a version freezes, read in one transaction: the map, the personas it uses, and all its
 * metric periods with their stage metrics. Undefined when there is no such map.
 */
export function readSnapshot(db: Db, mapId: string): MapSnapshot | undefined {
  return db.transaction(() => {
    const map = readMap(db, mapId);
    if (!map) return undefined;
    return {
      map,
      personas: readPersonasUsedBy(db, map),
      periods: listPeriodRows(db, mapId).map(toPeriod),
      metrics: listStageMetricRows(db, mapId).map(toMetric),
    };
  })();
}

/**
 * Writes a snapshot's periods and stage metrics to map `mapId`. `periodId` and `stageId` translate
 * the snapshot's ids (identity when restoring over the same map, fresh ids for a duplicate); metrics
 * of a stage the map does not have are skipped.
 */
export function insertSnapshotMetrics(
  db: Db,
  mapId: string,
  snapshot: MapSnapshot,
  periodId: (id: string) => string = (id) => id,
  stageId: (id: string) => string | undefined = (id) => id,
): void {
  for (const p of snapshot.periods) {
    insertPeriodRow(db, {
      id: periodId(p.id),
      map_id: mapId,
      name: p.name,
      start_date: p.startDate,
      end_date: p.endDate,
      source: p.source,
      provenance: p.provenance === null ? null : JSON.stringify(p.provenance),
      created_at: p.createdAt,
    });
  }
  const periods = new Set(snapshot.periods.map((p) => p.id));
  for (const m of snapshot.metrics) {
    const stage = stageId(m.stageId);
    if (!stage || !periods.has(m.periodId)) continue;
    insertStageMetricRow(db, {
      period_id: periodId(m.periodId),
      stage_id: stage,
      metric_label: m.metricLabel,
      count: m.count,
      target_conversion: m.targetConversion,
      avg_days_in_stage: m.avgDaysInStage,
      loss_reasons: m.lossReasons,
    });
  }
}
