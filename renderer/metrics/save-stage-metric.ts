import type { MapMetrics, StageMetricInput } from '../../shared/api';
import type { StageMetric } from '../../shared/domain';
import { useMetricsStore } from './metrics-store';

/** A stage's full row with some fields changed (setStageMetrics replaces the whole row). */
export function mergedRow(
  stageId: string,
  existing: StageMetric | null,
  patch: Partial<StageMetricInput>,
): StageMetricInput {
  return {
    stageId,
    metricLabel: existing?.metricLabel ?? '',
    count: existing?.count ?? null,
    targetConversion: existing?.targetConversion ?? null,
    avgDaysInStage: existing?.avgDaysInStage ?? null,
    lossReasons: existing?.lossReasons ?? '',
    ...patch,
  };
}

/**
 * Saves one field of a stage in the active period. With no period yet, one is created first so a
 * count typed on the canvas is never lost.
 */
export async function saveStageField(
  mapId: string,
  stageId: string,
  patch: Partial<StageMetricInput>,
  defaultPeriodName: string,
): Promise<MapMetrics> {
  const store = useMetricsStore.getState();
  let data = store.data;
  let periodId = data?.activePeriodId ?? null;
  if (periodId === null) {
    data = await store.change('metrics.createPeriod', { mapId, name: defaultPeriodName, activate: true });
    periodId = data.activePeriodId as string;
  }
  const existing = data?.periods.find((p) => p.id === periodId)?.metrics.find((m) => m.stageId === stageId);
  return store.change('metrics.setStageMetrics', {
    periodId,
    rows: [mergedRow(stageId, existing ?? null, patch)],
  });
}
