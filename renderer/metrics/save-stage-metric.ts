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
 * Field saves run one after another. setStageMetrics replaces a whole row, so a save has to merge
 * its field into the row as the library holds it after every earlier save: two fields of one stage
 * committed in quick succession (Enter in one, then the next) would otherwise each send the row
 * without the other's field, and the later answer would wipe the earlier field.
 */
let lastSave: Promise<unknown> = Promise.resolve();

function inTurn<T>(run: () => Promise<T>): Promise<T> {
  const turn = lastSave.then(run, run);
  lastSave = turn.catch(() => undefined);
  return turn;
}

const storedRow = (data: MapMetrics | null, periodId: string, stageId: string): StageMetric | null =>
  data?.periods.find((p) => p.id === periodId)?.metrics.find((m) => m.stageId === stageId) ?? null;

/** Saves some fields of one stage in a given period, merged into the latest stored row. */
export function saveStagePatch(
  periodId: string,
  stageId: string,
  patch: Partial<StageMetricInput>,
): Promise<MapMetrics> {
  return inTurn(() => {
    const store = useMetricsStore.getState();
    return store.change('metrics.setStageMetrics', {
      periodId,
      rows: [mergedRow(stageId, storedRow(store.data, periodId, stageId), patch)],
    });
  });
}

/**
 * Saves one field of a stage in the active period. With no period yet, one is created first so a
 * count typed on the canvas is never lost.
 */
export function saveStageField(
  mapId: string,
  stageId: string,
  patch: Partial<StageMetricInput>,
  defaultPeriodName: string,
): Promise<MapMetrics> {
  return inTurn(async () => {
    const store = useMetricsStore.getState();
    let data = store.data;
    let periodId = data?.activePeriodId ?? null;
    if (periodId === null) {
      data = await store.change('metrics.createPeriod', { mapId, name: defaultPeriodName, activate: true });
      periodId = data.activePeriodId as string;
    }
    return store.change('metrics.setStageMetrics', {
      periodId,
      rows: [mergedRow(stageId, storedRow(data, periodId, stageId), patch)],
    });
  });
}
