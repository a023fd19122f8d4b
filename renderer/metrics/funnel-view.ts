import type { MapMetrics, PeriodWithMetrics } from '../../shared/api';
import type { Currency, JourneyMap, StageMetric } from '../../shared/domain';
import {
  findHotspots,
  funnelInsight,
  meanEmotionByStage,
  periodChange,
  periodConversionChanges,
  projectWhatIf,
  type ConversionChangeTest,
  type FunnelAnalysis,
  type FunnelInsight,
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
  /** Conversion change against the previous period with its significance; null without one. */
  conversionChange: ConversionChangeTest | null;
  hotspot: Hotspot | null;
}

/** The money figures' inputs for the period: its own order value, else the map's. */
export interface FunnelViewMoney {
  orderValue: number | null;
  lifetimeValue: number | null;
  currency: Currency | null;
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
  /** Both conversions, both leaks, benchmark flags and money (see shared/funnel `funnelInsight`). */
  insight: FunnelInsight;
  money: FunnelViewMoney;
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
  const benchmarkByStage = new Map((metrics?.benchmarks ?? []).map((b) => [b.stageId, b]));
  const money: FunnelViewMoney = {
    orderValue: period?.orderValue ?? metrics?.value?.orderValue ?? null,
    lifetimeValue: metrics?.value?.lifetimeValue ?? null,
    currency: metrics?.value?.currency ?? null,
  };
  const insight = funnelInsight(
    map.stages.map((stage) => ({
      stageId: stage.id,
      count: byStage.get(stage.id)?.count ?? null,
      targetConversion: byStage.get(stage.id)?.targetConversion ?? null,
      benchmark: benchmarkByStage.get(stage.id) ?? null,
    })),
    money,
  );
  const analysis = insight.analysis;
  const changes =
    previous === null
      ? null
      : periodConversionChanges(
          map.stages.map((stage) => previousByStage.get(stage.id)?.count ?? null),
          analysis.stages.map((row) => row.count),
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
      conversionChange: changes?.[index] ?? null,
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
    insight,
    money,
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
