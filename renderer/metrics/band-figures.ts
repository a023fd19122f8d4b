import type { MapMetrics, PeriodWithMetrics } from '../../shared/api';
import {
  conversionTrends,
  cumulativeConversions,
  funnelLeaks,
  periodConversionChanges,
  type ConversionChangeTest,
  type FunnelLeaks,
} from '../../shared/funnel';
import type { FunnelView } from './funnel-view';

/** What the band shows beyond one stage's own row; every figure comes from shared/funnel. */
export interface BandFigures {
  /** Each stage's share of the first stage, in percent ("18.0% of Awareness"). */
  ofFirst: (number | null)[];
  /** The leak by rate and the stage that loses the most customers (both shown when they differ). */
  leaks: FunnelLeaks;
  /** Each transition's conversion change against the previous period, with its significance; null without one. */
  changes: ConversionChangeTest[] | null;
  /** Each transition's conversion per dated period, oldest first (for the sparklines). */
  trends: (number | null)[][];
}

/** A period's counts in the order of the map's stages. */
function countsOf(view: FunnelView, period: PeriodWithMetrics): (number | null)[] {
  const byStage = new Map(period.metrics.map((m) => [m.stageId, m.count]));
  return view.stages.map((s) => byStage.get(s.stageId) ?? null);
}

/**
 * The band's extra figures for `view`: share of the first stage, both leaks, the change against the
 * previous period, and the trend over the map's dated periods (undated ones have no place in time).
 */
export function bandFigures(view: FunnelView, metrics: MapMetrics | null): BandFigures {
  const counts = view.stages.map((s) => s.row.count);
  const dated = (metrics?.periods ?? [])
    .filter((p) => p.startDate !== null)
    .sort((a, b) => ((a.startDate as string) < (b.startDate as string) ? -1 : 1));
  return {
    ofFirst: cumulativeConversions(counts),
    leaks: funnelLeaks(view.analysis),
    changes: view.previous === null ? null : periodConversionChanges(countsOf(view, view.previous), counts),
    trends: conversionTrends(dated.map((p) => countsOf(view, p))),
  };
}
