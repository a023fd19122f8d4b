import type { Id, StageMetric } from '../domain';
import { biggestLeak, stageConversion } from '../funnel';

/** How one stage's funnel figures changed between two periods (or two versions of one period). */
export interface StageMetricDelta {
  stageId: Id;
  countBefore: number | null;
  countAfter: number | null;
  /** `countAfter - countBefore`; null when either is unknown. */
  countDelta: number | null;
  /** Conversion to the next stage, in percent (see `stageConversion`); null for the last stage. */
  conversionBefore: number | null;
  conversionAfter: number | null;
  /** `conversionAfter - conversionBefore`, in percentage points; null when either is unknown. */
  conversionDeltaPoints: number | null;
}

/** Where the biggest leak (lowest conversion) was and is. */
export interface LeakMove {
  before: Id | null;
  after: Id | null;
  /** True when the leak is at another stage (or appeared or disappeared). */
  moved: boolean;
}

/** The stage metrics of one period, e.g. to pass to {@link metricDeltas}. */
export function metricsOfPeriod(metrics: readonly StageMetric[], periodId: Id): StageMetric[] {
  return metrics.filter((m) => m.periodId === periodId);
}

/** Each stage's conversion to the next one in `stages` order, by stage id. */
function conversionsAlong(stages: readonly { id: Id }[], counts: ReadonlyMap<Id, number | null>) {
  const result = new Map<Id, number | null>();
  stages.forEach((stage, i) => {
    const next = stages[i + 1];
    result.set(stage.id, next ? stageConversion(counts.get(stage.id), counts.get(next.id)) : null);
  });
  return result;
}

const countsOf = (metrics: readonly StageMetric[]): Map<Id, number | null> =>
  new Map(metrics.map((m) => [m.stageId, m.count]));

const minus = (after: number | null, before: number | null): number | null =>
  after === null || before === null ? null : after - before;

/**
 * The change in every stage's count and conversion between two sets of stage metrics (one period
 * each). Conversion is next stage / this stage x 100 along each side's own stage order, so a stage
 * inserted or removed between the two versions does not distort the other side's figures.
 *
 * @param before the metrics of the earlier period (or of the period in the older version)
 * @param after the metrics of the later period
 * @param stages the stages to report, in display order (usually the newer map's); also the funnel
 *   order for both sides unless `beforeStages` is given
 * @param beforeStages the older map's stages in display order; stages only it has are reported last
 *   (with no "after" figures)
 * @returns one row per stage, in `stages` order then the stages only `beforeStages` has
 */
export function metricDeltas(
  before: readonly StageMetric[],
  after: readonly StageMetric[],
  stages: readonly { id: Id }[],
  beforeStages: readonly { id: Id }[] = stages,
): StageMetricDelta[] {
  const countsBefore = countsOf(before);
  const countsAfter = countsOf(after);
  const convBefore = conversionsAlong(beforeStages, countsBefore);
  const convAfter = conversionsAlong(stages, countsAfter);
  const inAfter = new Set(stages.map((s) => s.id));
  const inBefore = new Set(beforeStages.map((s) => s.id));
  const rows = [...stages, ...beforeStages.filter((s) => !inAfter.has(s.id))];
  return rows.map(({ id }) => {
    const countBefore = inBefore.has(id) ? (countsBefore.get(id) ?? null) : null;
    const countAfter = inAfter.has(id) ? (countsAfter.get(id) ?? null) : null;
    const conversionBefore = convBefore.get(id) ?? null;
    const conversionAfter = convAfter.get(id) ?? null;
    return {
      stageId: id,
      countBefore,
      countAfter,
      countDelta: minus(countAfter, countBefore),
      conversionBefore,
      conversionAfter,
      conversionDeltaPoints: minus(conversionAfter, conversionBefore),
    };
  });
}

/**
 * Whether the biggest leak (the stage with the lowest conversion, as `biggestLeak` defines it) is at
 * another stage after than before.
 *
 * @param deltas the rows of {@link metricDeltas}
 */
export function biggestLeakMoved(deltas: readonly StageMetricDelta[]): LeakMove {
  const leakBefore = biggestLeak(deltas.map((d) => d.conversionBefore));
  const leakAfter = biggestLeak(deltas.map((d) => d.conversionAfter));
  const before = leakBefore === null ? null : (deltas[leakBefore]?.stageId ?? null);
  const after = leakAfter === null ? null : (deltas[leakAfter]?.stageId ?? null);
  return { before, after, moved: before !== after };
}
