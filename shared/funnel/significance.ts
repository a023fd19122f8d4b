import { stageConversion } from './conversion';
import { usableCount } from './numbers';

/**
 * Is a change of a stage's conversion between two periods real? A two-proportion test on the 2x2
 * table (period x converted / not converted): the pooled two-proportion z-test, or Fisher's exact
 * test when an expected cell is below 5 (Cochran's rule, where the normal approximation fails).
 */

/** Customers who entered a stage in each period must be at least this many to test the change. */
export const MIN_SAMPLE = 30;
/** A change is called significant when its two-sided p-value is below this. */
export const SIGNIFICANCE_LEVEL = 0.05;
/** Fisher's test is used when any expected cell of the 2x2 table is below this. */
export const EXACT_TEST_BELOW_EXPECTED = 5;

/** The answer for one stage: significant, not significant, too few customers, or no numbers. */
export type ChangeVerdict = 'significant' | 'notSignificant' | 'notEnoughData' | 'noData';

/** One stage's conversion change from the previous period to the current one. */
export interface ConversionChangeTest {
  /** Conversion in the previous period, in percent. */
  previous: number | null;
  /** Conversion in the current period, in percent. */
  current: number | null;
  /** `current - previous`, in percentage points. */
  points: number | null;
  /** Two-sided p-value; null when the change was not tested. */
  pValue: number | null;
  /** Which test gave the p-value. */
  test: 'z' | 'fisher' | null;
  verdict: ChangeVerdict;
}

/** Options of {@link testConversionChange}. */
export interface ChangeTestOptions {
  minSample?: number;
  alpha?: number;
}

/**
 * The complementary error function, erfc(x) = 1 - erf(x), to about 1e-14 relative error: below 2.5
 * the all-positive series erf(x) = 2/sqrt(pi) e^(-x^2) sum 2^n x^(2n+1) / (1*3*...*(2n+1))
 * (Abramowitz & Stegun 7.1.6), above it the continued fraction of A&S 7.1.14, so small p-values keep
 * their precision instead of vanishing in `1 - erf`.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2.5) {
    let term = x;
    let sum = x;
    for (let n = 1; term > sum * 1e-17; n += 1) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  }
  // erfc(x) = e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...))))), evaluated from the tail.
  let fraction = x;
  for (let k = 80; k >= 1; k -= 1) fraction = x + k / 2 / fraction;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / fraction;
}

/** Two-sided p-value of a standard normal statistic: P(|Z| >= |z|). */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return 1;
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

/**
 * Pooled two-proportion z-test of `x1/n1` against `x2/n2`.
 *
 * @returns The statistic (positive when the second proportion is higher) and its two-sided p-value;
 *   z is 0 and p is 1 when the pooled proportion is 0 or 1 (nothing varies, nothing changed).
 * @example twoProportionZTest(200, 1000, 250, 1000) // { z: 2.6774..., pValue: 0.00742... }
 */
export function twoProportionZTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
): { z: number; pValue: number } {
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (!(variance > 0)) return { z: 0, pValue: 1 };
  const z = (x2 / n2 - x1 / n1) / Math.sqrt(variance);
  return { z, pValue: normalTwoSidedP(z) };
}

/**
 * Fisher's exact test, two-sided, of the 2x2 table [[a, b], [c, d]]: the probability, under fixed
 * margins, of every table at most as likely as the observed one (the rule R's `fisher.test` uses,
 * with the same 1e-7 relative tolerance for ties).
 *
 * Probabilities come from the hypergeometric recurrence in log space, so large margins neither
 * overflow nor need factorials.
 *
 * @example fisherExactTwoSided(3, 1, 1, 3) // 0.4857... (34/70, the lady tasting tea)
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const col1 = a + c;
  const total = a + b + c + d;
  const row2 = total - row1;
  const low = Math.max(0, col1 - row2);
  const high = Math.min(row1, col1);
  if (high <= low) return 1;
  // log of P(x) / P(low), from P(x+1)/P(x) = (row1-x)(col1-x) / ((x+1)(row2-col1+x+1)).
  const logs: number[] = [0];
  for (let x = low; x < high; x += 1) {
    const step = Math.log(row1 - x) + Math.log(col1 - x) - Math.log(x + 1) - Math.log(row2 - col1 + x + 1);
    logs.push((logs[logs.length - 1] as number) + step);
  }
  const max = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - max));
  const sum = weights.reduce((acc, w) => acc + w, 0);
  const observed = weights[a - low] as number;
  let tail = 0;
  for (const w of weights) if (w <= observed * (1 + 1e-7)) tail += w;
  return Math.min(1, tail / sum);
}

/** Customers who entered a stage and who reached the next one, in one period. */
export interface StageSample {
  entered: number | null | undefined;
  converted: number | null | undefined;
}

/**
 * Tests whether a stage's conversion changed between two periods.
 *
 * @returns 'noData' when a conversion is unknown or over 100% (bad data is not tested), 'notEnoughData'
 *   when fewer than `minSample` customers entered the stage in either period, otherwise the p-value
 *   and 'significant' when it is below `alpha`. The points change is given whenever both conversions
 *   are known, so "not enough data" still says what moved.
 */
export function testConversionChange(
  previous: StageSample,
  current: StageSample,
  options: ChangeTestOptions = {},
): ConversionChangeTest {
  const minSample = options.minSample ?? MIN_SAMPLE;
  const alpha = options.alpha ?? SIGNIFICANCE_LEVEL;
  const before = stageConversion(previous.entered, previous.converted);
  const after = stageConversion(current.entered, current.converted);
  const base = { previous: before, current: after, pValue: null, test: null };
  if (before === null || after === null || before > 100 || after > 100) {
    return { ...base, points: before !== null && after !== null ? after - before : null, verdict: 'noData' };
  }
  const points = after - before;
  const n1 = usableCount(previous.entered) as number;
  const x1 = usableCount(previous.converted) as number;
  const n2 = usableCount(current.entered) as number;
  const x2 = usableCount(current.converted) as number;
  if (n1 < minSample || n2 < minSample) return { ...base, points, verdict: 'notEnoughData' };
  const total = n1 + n2;
  const successes = x1 + x2;
  const failures = total - successes;
  const smallestExpected = (Math.min(n1, n2) * Math.min(successes, failures)) / total;
  const exact = smallestExpected < EXACT_TEST_BELOW_EXPECTED;
  const pValue = exact
    ? fisherExactTwoSided(x1, n1 - x1, x2, n2 - x2)
    : twoProportionZTest(x1, n1, x2, n2).pValue;
  return {
    previous: before,
    current: after,
    points,
    pValue,
    test: exact ? 'fisher' : 'z',
    verdict: pValue < alpha ? 'significant' : 'notSignificant',
  };
}

/**
 * Every stage's conversion change between two periods of the same funnel (same stages, same order).
 *
 * @param previousCounts - Stage counts of the earlier period.
 * @param currentCounts - Stage counts of the later period.
 * @returns One test per stage; the last stage (no next stage) is always 'noData'.
 */
export function periodConversionChanges(
  previousCounts: readonly (number | null | undefined)[],
  currentCounts: readonly (number | null | undefined)[],
  options: ChangeTestOptions = {},
): ConversionChangeTest[] {
  return currentCounts.map((count, index) =>
    testConversionChange(
      { entered: previousCounts[index], converted: previousCounts[index + 1] },
      { entered: count, converted: currentCounts[index + 1] },
      options,
    ),
  );
}
