/**
 * A reference range for the conversion from one stage to the next, in percent of the stage (e.g. B2B
 * lead screening loses 30-40%, so it converts 60-70%). Stored per map and stage (the stage the
 * transition starts from); templates ship published ranges.
 */
export interface BenchmarkRange {
  minPercent: number;
  maxPercent: number;
}

/** Where a conversion lies against its benchmark. */
export type BenchmarkStatus = 'below' | 'within' | 'above';

/** The largest conversion a benchmark can name, in percent (a conversion above 100% is bad data). */
export const BENCHMARK_MAX_PERCENT = 100;

/** What is wrong with a benchmark range as typed; null when it can be stored. */
export type BenchmarkRangeProblem = 'notNumber' | 'outOfRange' | 'minAboveMax';

/**
 * Checks a typed range before it is stored: both ends finite, within 0..100, min not above max.
 *
 * @example benchmarkRangeProblem({ minPercent: 70, maxPercent: 60 }) // 'minAboveMax'
 */
export function benchmarkRangeProblem(range: BenchmarkRange): BenchmarkRangeProblem | null {
  const { minPercent, maxPercent } = range;
  if (!Number.isFinite(minPercent) || !Number.isFinite(maxPercent)) return 'notNumber';
  const inside = (v: number) => v >= 0 && v <= BENCHMARK_MAX_PERCENT;
  if (!inside(minPercent) || !inside(maxPercent)) return 'outOfRange';
  return minPercent > maxPercent ? 'minAboveMax' : null;
}

/**
 * A published loss rate ("lead screening loses 30-40%") as the conversion range it implies (60-70%).
 *
 * @param lossMinPercent - The smallest share lost, in percent.
 * @param lossMaxPercent - The largest share lost, in percent.
 */
export function conversionRangeFromLoss(lossMinPercent: number, lossMaxPercent: number): BenchmarkRange {
  return { minPercent: 100 - lossMaxPercent, maxPercent: 100 - lossMinPercent };
}

/**
 * Where a stage's conversion lies against its benchmark.
 *
 * @param conversion - Conversion to the next stage, in percent.
 * @returns 'below' under the minimum (the stage to look at first), 'above' over the maximum, 'within'
 *   otherwise; null when the conversion or the range is unknown or the conversion is over 100% (bad
 *   data is flagged as such, not judged against a benchmark).
 */
export function benchmarkStatus(
  conversion: number | null | undefined,
  range: BenchmarkRange | null | undefined,
): BenchmarkStatus | null {
  if (conversion === null || conversion === undefined || !Number.isFinite(conversion)) return null;
  if (range === null || range === undefined || benchmarkRangeProblem(range) !== null) return null;
  if (conversion > 100) return null;
  if (conversion < range.minPercent) return 'below';
  if (conversion > range.maxPercent) return 'above';
  return 'within';
}

/**
 * The target a benchmark becomes when the user turns it into one: its lower end, the conversion
 * below which the stage is flagged "below benchmark".
 */
export function benchmarkTarget(range: BenchmarkRange): number {
  return range.minPercent;
}
