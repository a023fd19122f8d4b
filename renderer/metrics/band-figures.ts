import type { MapMetrics } from '../../shared/api';
import type { JourneyMap } from '../../shared/domain';
import type { BenchmarkStatus, ConversionChangeTest, FunnelLeaks } from '../../shared/funnel';
import type { FunnelView } from './funnel-view';
import { buildStageTrends } from './trend-rows';

/**
 * What the band shows beyond one stage's own row, picked from the view's insight (shared/funnel
 * `funnelInsight`) and the trends, so the band and the panel show the same figures.
 */
export interface BandFigures {
  /** Each stage's share of the first stage, in percent ("18.0% of Awareness"). */
  ofFirst: (number | null)[];
  /** The leak by rate and the stage that loses the most customers (both shown when they differ). */
  leaks: FunnelLeaks;
  /** Each transition's conversion change against the previous period, with its significance; null without one. */
  changes: (ConversionChangeTest | null)[] | null;
  /** Where each transition's conversion lies against its benchmark range; null without one. */
  benchmarks: (BenchmarkStatus | null)[];
  /** Each transition's conversion per period, in the periods' order (for the sparklines). */
  trends: (number | null)[][];
}

export function bandFigures(
  map: Pick<JourneyMap, 'stages'>,
  view: FunnelView,
  metrics: MapMetrics | null,
): BandFigures {
  return {
    ofFirst: view.insight.stages.map((s) => s.cumulativeConversion),
    leaks: view.insight.leaks,
    changes: view.previous === null ? null : view.stages.map((s) => s.conversionChange),
    benchmarks: view.insight.stages.map((s) => s.benchmarkStatus),
    trends: buildStageTrends(map, metrics).map((trend) => trend.values),
  };
}
