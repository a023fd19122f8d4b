import type { MapMetrics } from '../../shared/api';
import type { JourneyMap } from '../../shared/domain';
import { conversionTrends, trendLine, type TrendLine } from '../../shared/funnel';

/** One stage's conversion in every period, for the trends table and the sparkline on the map. */
export interface StageTrend {
  stageId: string;
  stageName: string;
  values: (number | null)[];
  line: TrendLine;
}

/**
 * Each stage's conversion to the next stage across the map's periods, in the periods' order (start
 * date, undated last: the order the backend lists them in). The last stage has no conversion and is
 * left out.
 */
export function buildStageTrends(map: Pick<JourneyMap, 'stages'>, metrics: MapMetrics | null): StageTrend[] {
  const periods = metrics?.periods ?? [];
  const counts = periods.map((period) => {
    const byStage = new Map(period.metrics.map((m) => [m.stageId, m.count]));
    return map.stages.map((stage) => byStage.get(stage.id) ?? null);
  });
  const trends = conversionTrends(counts);
  return map.stages.slice(0, -1).map((stage, index) => {
    const values = trends[index] ?? periods.map(() => null);
    return { stageId: stage.id, stageName: stage.name, values, line: trendLine(values) };
  });
}
