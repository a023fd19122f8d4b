import type { MapMetrics, PeriodWithMetrics } from '../../shared/api';
import type { JourneyMap, StageMetric } from '../../shared/domain';
import {
  analyzeFunnel,
  findHotspots,
  meanEmotionByStage,
  periodChange,
  projectWhatIf,
  type FunnelAnalysis,
  type FunnelStageRow,
  type Hotspot,
  type PeriodChange,
} from '../../shared/funnel';
import type { WhatIf } from './metrics-store';

/** Everything the overlay and the panel show for one stage. */
export interface StageFigures {
  stageId: string;
  stageName: string;
  metric: StageMetric | null;
  row: FunnelStageRow;
  /** The stage before this one on the map, for the "more customers than …" flag; null for the first. */
  previousStage: { name: string; count: number | null } | null;
  /** Count change against the previous period. */
  countChange: PeriodChange;
  hotspot: Hotspot | null;
}

/** The funnel of one period on one map, ready to draw. */
export interface FunnelView {
  period: PeriodWithMetrics | null;
  /** The period before it by start date, for the change figures. */
  previous: PeriodWithMetrics | null;
  analysis: FunnelAnalysis;
  stages: StageFigures[];
  hotspots: Hotspot[];
  /** Whether the period has at least one count. */
  hasNumbers: boolean;
}

/**
 * The period before `period` by start date: the latest one that starts earlier. Undated periods
 * have no "before".
 */
export function previousPeriod(
  periods: readonly PeriodWithMetrics[],
  period: PeriodWithMetrics | null,
): PeriodWithMetrics | null {
  const start = period?.startDate ?? null;
  if (start === null) return null;
  let best: PeriodWithMetrics | null = null;
  for (const candidate of periods) {
    const s = candidate.startDate;
    if (candidate.id === period?.id || s === null || s >= start) continue;
    if (best === null || s > (best.startDate as string)) best = candidate;
  }
  return best;
}

/** The active period of `metrics` (or the given one), analysed against the map's stages in order. */
export function buildFunnelView(
  map: Pick<JourneyMap, 'stages' | 'cards'>,
  metrics: MapMetrics | null,
  periodId: string | null = metrics?.activePeriodId ?? null,
): FunnelView {
  const period = metrics?.periods.find((p) => p.id === periodId) ?? null;
  const previous = metrics === null ? null : previousPeriod(metrics.periods, period);
  const byStage = new Map((period?.metrics ?? []).map((m) => [m.stageId, m]));
  const previousByStage = new Map((previous?.metrics ?? []).map((m) => [m.stageId, m]));
  const analysis = analyzeFunnel(
    map.stages.map((stage) => ({
      stageId: stage.id,
      count: byStage.get(stage.id)?.count ?? null,
      targetConversion: byStage.get(stage.id)?.targetConversion ?? null,
    })),
  );
  const emotions = meanEmotionByStage(
    map.cards,
    map.stages.map((s) => s.id),
  );
  const hotspots = findHotspots(analysis, emotions);
  const hotspotById = new Map(hotspots.map((h) => [h.stageId, h]));
  const stages = map.stages.map((stage, index): StageFigures => {
    const row = analysis.stages[index] as FunnelStageRow;
    const before = map.stages[index - 1];
    return {
      stageId: stage.id,
      stageName: stage.name,
      metric: byStage.get(stage.id) ?? null,
      row,
      previousStage:
        before === undefined ? null : { name: before.name, count: analysis.stages[index - 1]?.count ?? null },
      countChange:
        previous === null
          ? { absolute: null, relative: null }
          : periodChange(row.count, previousByStage.get(stage.id)?.count ?? null),
      hotspot: hotspotById.get(stage.id) ?? null,
    };
  });
  return {
    period,
    previous,
    analysis,
    stages,
    hotspots,
    hasNumbers: stages.some((s) => s.row.count !== null),
  };
}

/**
 * The what-if counts of every stage while a what-if is active (see `projectWhatIf`), else null; also
 * null when the what-if no longer applies (its stage was removed or lost its conversion).
 */
export function projectedCounts(view: FunnelView, whatIf: WhatIf | null): (number | null)[] | null {
  if (whatIf === null) return null;
  const index = view.stages.findIndex((s) => s.stageId === whatIf.stageId);
  if (index < 0 || index >= view.stages.length - 1 || view.stages[index]?.row.conversion === null)
    return null;
  return projectWhatIf(
    view.stages.map((s) => s.row.count),
    index,
    whatIf.conversion,
  ).counts;
}
