import { analyzeFunnel, type FunnelAnalysis, type FunnelStageInput } from './analysis';
import { benchmarkStatus, type BenchmarkRange, type BenchmarkStatus } from './benchmarks';
import { cumulativeConversions } from './cumulative';
import { funnelLeaks, type FunnelLeaks } from './leaks';
import { leakValue, periodRevenue, type FunnelMoney, type ValueChange } from './value';

/** One stage's input with its benchmark (the range of its conversion to the next stage). */
export interface InsightStageInput extends FunnelStageInput {
  benchmark?: BenchmarkRange | null;
}

/** The figures added to one stage on top of {@link analyzeFunnel}'s row. */
export interface StageInsight {
  stageId: string;
  /** Conversion from the first stage, in percent (see {@link cumulativeConversions}). */
  cumulativeConversion: number | null;
  benchmark: BenchmarkRange | null;
  benchmarkStatus: BenchmarkStatus | null;
  /** What raising the stage to its target (or, without one, its benchmark's lower end) is worth. */
  closingValue: ValueChange | null;
  /** Which goal `closingValue` closes to. */
  closingGoal: 'target' | 'benchmark' | null;
}

/** One period's funnel with every figure of the insight panel and the report. */
export interface FunnelInsight {
  analysis: FunnelAnalysis;
  stages: StageInsight[];
  leaks: FunnelLeaks;
  /** Customers at the last stage x order value; null without either. */
  revenue: number | null;
  /** Customers at the last stage x lifetime value; null without either. */
  lifetimeRevenue: number | null;
}

/**
 * Everything derived from one period: the analysis, both conversions, both leaks, benchmark flags and
 * the money figures. Pure; nothing is stored.
 */
export function funnelInsight(stages: readonly InsightStageInput[], money: FunnelMoney): FunnelInsight {
  const analysis = analyzeFunnel(stages);
  const counts = analysis.stages.map((row) => row.count);
  const cumulative = cumulativeConversions(counts);
  const insights = stages.map((stage, index): StageInsight => {
    const row = analysis.stages[index];
    const benchmark = stage.benchmark ?? null;
    const goal = row?.target ?? null;
    const closingGoal = goal !== null ? 'target' : benchmark !== null ? 'benchmark' : null;
    const closingValue = leakValue(counts, index, goal ?? benchmark?.minPercent ?? null, money);
    return {
      stageId: stage.stageId,
      cumulativeConversion: cumulative[index] ?? null,
      benchmark,
      benchmarkStatus: benchmarkStatus(row?.conversion ?? null, benchmark),
      closingValue,
      closingGoal: closingValue === null ? null : closingGoal,
    };
  });
  return {
    analysis,
    stages: insights,
    leaks: funnelLeaks(analysis),
    revenue: periodRevenue(counts, money.orderValue),
    lifetimeRevenue: periodRevenue(counts, money.lifetimeValue ?? null),
  };
}
