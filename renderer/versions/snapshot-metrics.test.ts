import { describe, expect, it } from 'vitest';
import type { MapSnapshot } from '../../shared/domain';
import { snapshotMetrics } from './snapshot-metrics';

const period = (id: string, createdAt: string) => ({
  id,
  mapId: 'm',
  name: id,
  startDate: null,
  endDate: null,
  source: 'manual',
  provenance: null,
  createdAt,
});
const metric = (periodId: string, stageId: string, count: number) => ({
  periodId,
  stageId,
  count,
  metricLabel: '',
  targetConversion: null,
  avgDaysInStage: null,
  lossReasons: '',
});

const snapshot = {
  map: { id: 'm' },
  personas: [],
  periods: [period('q1', '2026-01-01T00:00:00.000Z'), period('q2', '2026-04-01T00:00:00.000Z')],
  metrics: [metric('q1', 's0', 100), metric('q2', 's0', 300), metric('q2', 's1', 30)],
} as unknown as MapSnapshot;

describe('snapshotMetrics', () => {
  it('gives each stored period its own numbers and shows the newest unless one is chosen', () => {
    const metrics = snapshotMetrics(snapshot);
    expect(metrics.activePeriodId).toBe('q2');
    expect(metrics.periods.map((p) => [p.id, p.metrics.map((m) => m.count)])).toEqual([
      ['q1', [100]],
      ['q2', [300, 30]],
    ]);
    expect(snapshotMetrics(snapshot, 'q1').activePeriodId).toBe('q1');
    expect(snapshotMetrics(snapshot, 'gone').activePeriodId).toBe('q2');
  });

  it('has no active period when the version stored none', () => {
    expect(snapshotMetrics({ ...snapshot, periods: [], metrics: [] }).activePeriodId).toBeNull();
  });
});
