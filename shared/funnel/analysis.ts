import { overallConversion, stageConversion, stageDropOff } from './conversion';
import { usableCount } from './numbers';

/** The stored numbers of one stage that the analysis needs, in funnel order. */
export interface FunnelStageInput {
  stageId: string;
  /** Customers who entered the stage; null when unknown. */
  count: number | null;
  /** Target conversion to the next stage, in percent; null when none is set. */
  targetConversion?: number | null;
}

/** Why a stage's numbers look wrong. Flagged, never hidden or "fixed". */
export type FunnelDataProblemKind =
  /**
   * More customers entered this stage than the stage before it (whose conversion is then above
   * 100%). Flagged on the stage with the surplus, the one whose number is suspect.
   */
  | 'moreThanPrevious'
  /** The count is negative, NaN or infinite; it is treated as unknown. */
  | 'invalidCount';

export interface FunnelDataProblem {
  stageId: string;
  stageIndex: number;
  kind: FunnelDataProblemKind;
}

/** One stage of an analysed funnel. Every figure is null when it cannot be computed. */
export interface FunnelStageRow {
  stageId: string;
  stageIndex: number;
  /** The usable count (an invalid stored count becomes null). */
  count: number | null;
  /** Conversion to the next stage, in percent; null for the last stage. */
  conversion: number | null;
  /** Customers lost before the next stage (`count - next`); null, never negative, over 100%. */
  dropOff: number | null;
  /** Share of the stage lost before the next stage, in percent (`100 - conversion`); null over 100%. */
  dropOffRate: number | null;
  /** Target conversion, in percent. */
  target: number | null;
  /** Whether the conversion reaches the target; null when either is unknown. */
  targetMet: boolean | null;
  /** `conversion - target`, in percentage points (negative: below target). */
  targetGap: number | null;
  /** Whether this stage has the lowest conversion of the funnel (see {@link biggestLeak}). */
  isBiggestLeak: boolean;
  /** Conversion to the next stage above 100%: the next stage has more customers than this one. */
  overHundred: boolean;
  /**
   * This stage has more customers than the stage before it: the data problem to show (not hide) on
   * this stage. The previous stage is `stageIndex - 1`, whose row has `overHundred`.
   */
  moreThanPrevious: boolean;
}

/** Everything derived from one period's counts. */
export interface FunnelAnalysis {
  stages: FunnelStageRow[];
  /** Last stage / first stage, in percent (see {@link overallConversion}). */
  overallConversion: number | null;
  /** Index of the biggest leak in `stages`, or null when no stage qualifies. */
  biggestLeakIndex: number | null;
  dataProblems: FunnelDataProblem[];
}

/**
 * The biggest leak: the stage with the lowest conversion to the next stage.
 *
 * Stages without a conversion (unknown counts, the last stage) and stages over 100% (bad data, not a
 * leak) are ignored. On a tie the earliest stage wins, because fixing a leak earlier in the funnel
 * feeds every later stage.
 *
 * @param conversions - Conversion of each stage, in percent, in funnel order.
 * @returns The index of the leak, or null when no stage qualifies.
 */
export function biggestLeak(conversions: readonly (number | null)[]): number | null {
  let best: number | null = null;
  conversions.forEach((conversion, index) => {
    if (conversion === null || !Number.isFinite(conversion) || conversion > 100) return;
    if (best === null || conversion < (conversions[best] as number)) best = index;
  });
  return best;
}

/** Whether the stage at `index` has more customers than the one before it (a conversion over 100%). */
function exceedsPrevious(counts: readonly (number | null | undefined)[], index: number): boolean {
  if (index === 0) return false;
  const conversion = stageConversion(counts[index - 1], counts[index]);
  return conversion !== null && conversion > 100;
}

/**
 * Data problems of a funnel: stages with more customers than the stage before them, and counts that
 * cannot be used. Each is reported on the stage whose number is suspect.
 *
 * @param stages - The stages in funnel order.
 */
export function funnelDataProblems(stages: readonly FunnelStageInput[]): FunnelDataProblem[] {
  const problems: FunnelDataProblem[] = [];
  const counts = stages.map((stage) => stage.count);
  stages.forEach((stage, stageIndex) => {
    if (stage.count !== null && usableCount(stage.count) === null) {
      problems.push({ stageId: stage.stageId, stageIndex, kind: 'invalidCount' });
    }
    if (exceedsPrevious(counts, stageIndex)) {
      problems.push({ stageId: stage.stageId, stageIndex, kind: 'moreThanPrevious' });
    }
  });
  return problems;
}

function usableTarget(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * Derives a funnel's figures from its stored counts: per-stage conversion, drop-off and target
 * check, the overall conversion, the biggest leak and the data problems. Pure: nothing is stored.
 *
 * @param stages - The stages in funnel (display) order with their counts and targets.
 * @example
 * analyzeFunnel([{ stageId: 'a', count: 1000 }, { stageId: 'b', count: 600 }]).stages[0]
 * // { conversion: 60, dropOff: 400, dropOffRate: 40, ... }
 */
export function analyzeFunnel(stages: readonly FunnelStageInput[]): FunnelAnalysis {
  const counts = stages.map((stage) => usableCount(stage.count));
  const conversions = counts.map((count, index) => stageConversion(count, counts[index + 1]));
  const leak = biggestLeak(conversions);
  const rows = stages.map((stage, stageIndex): FunnelStageRow => {
    const conversion = conversions[stageIndex] ?? null;
    const drop = stageDropOff(counts[stageIndex], counts[stageIndex + 1]);
    const target = usableTarget(stage.targetConversion);
    const comparable = conversion !== null && target !== null;
    return {
      stageId: stage.stageId,
      stageIndex,
      count: counts[stageIndex] ?? null,
      conversion,
      dropOff: drop?.count ?? null,
      dropOffRate: drop?.rate ?? null,
      target,
      targetMet: comparable ? conversion >= target : null,
      targetGap: comparable ? conversion - target : null,
      isBiggestLeak: leak === stageIndex,
      overHundred: conversion !== null && conversion > 100,
      moreThanPrevious: exceedsPrevious(counts, stageIndex),
    };
  });
  return {
    stages: rows,
    overallConversion: overallConversion(counts),
    biggestLeakIndex: leak,
    dataProblems: funnelDataProblems(stages),
  };
}
