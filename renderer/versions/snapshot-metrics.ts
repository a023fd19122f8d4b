import type { MapMetrics } from '../../shared/api';
import type { MapSnapshot } from '../../shared/domain';

/**
 * A snapshot's periods and numbers in the shape the metrics overlay reads. The snapshot does not
 * record which period the overlay showed, so `periodId` picks one, else the most recently created
 * (the same default the live map uses when nobody chose).
 */
export function snapshotMetrics(snapshot: MapSnapshot, periodId?: string | null): MapMetrics {
  const periods = snapshot.periods.map((period) => ({
    ...period,
    metrics: snapshot.metrics.filter((m) => m.periodId === period.id),
  }));
  const newest = [...snapshot.periods].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
  const chosen = periodId && periods.some((p) => p.id === periodId) ? periodId : (newest?.id ?? null);
  return {
    mapId: snapshot.map.id,
    periods,
    activePeriodId: chosen,
    benchmarks: snapshot.benchmarks ?? [],
    value: snapshot.funnelValue ?? null,
  };
}
