import type { MapMetrics } from '../../shared/api';
import type { StageMetric } from '../../shared/domain';

/** One stage's numbers without its period (the period is `p` in {@link oneStageMetrics}). */
export type StageRow = Omit<StageMetric, 'periodId'>;

/** An empty row of stage `s`. */
export const emptyRow = (): StageRow => ({
  stageId: 's',
  metricLabel: '',
  count: null,
  targetConversion: null,
  avgDaysInStage: null,
  lossReasons: '',
});

/** The metrics of map `mapId` with one active period `p` ("Q1") that holds `rows`. */
export const periodMetrics = (rows: StageRow[], mapId = 'm'): MapMetrics => ({
  mapId,
  activePeriodId: 'p',
  benchmarks: [],
  value: null,
  periods: [
    {
      id: 'p',
      mapId,
      name: 'Q1',
      startDate: null,
      endDate: null,
      source: 'manual',
      provenance: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      metrics: rows.map((row) => ({ periodId: 'p', ...row })),
    },
  ],
});

/** The metrics of map `m` with one active period `p` that holds one stage's row (for store tests). */
export const oneStageMetrics = (row: StageRow): MapMetrics => periodMetrics([row]);
