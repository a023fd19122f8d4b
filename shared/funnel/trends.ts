import { stageConversion } from './conversion';

/**
 * Each stage's conversion to the next stage across periods: a trended funnel (GA4), for the sparkline
 * on the map and the trends table.
 *
 * @param periods - Stage counts of each period, periods in time order, stages in funnel order.
 * @returns One row per stage (as many as the longest period has), one value per period: the
 *   conversion in percent, null where it is unknown.
 * @example conversionTrends([[100, 40], [100, 50]]) // [[40, 50], [null, null]]
 */
export function conversionTrends(
  periods: readonly (readonly (number | null | undefined)[])[],
): (number | null)[][] {
  const stageCount = Math.max(0, ...periods.map((counts) => counts.length));
  return Array.from({ length: stageCount }, (_, stage) =>
    periods.map((counts) => stageConversion(counts[stage], counts[stage + 1])),
  );
}

/** What a sparkline draws from one stage's trend: the known points and their range. */
export interface TrendLine {
  /** Known values with their period index, in time order. */
  points: { index: number; value: number }[];
  min: number | null;
  max: number | null;
  /** Last known value minus the first known value, in percentage points; null with fewer than two. */
  change: number | null;
}

/** Summarises one stage's trend for drawing (see {@link conversionTrends}). */
export function trendLine(values: readonly (number | null)[]): TrendLine {
  const points = values.flatMap((value, index) =>
    value === null || !Number.isFinite(value) ? [] : [{ index, value }],
  );
  if (points.length === 0) return { points, min: null, max: null, change: null };
  const numbers = points.map((p) => p.value);
  const first = points[0] as { value: number };
  const last = points[points.length - 1] as { value: number };
  return {
    points,
    min: Math.min(...numbers),
    max: Math.max(...numbers),
    change: points.length < 2 ? null : last.value - first.value,
  };
}
