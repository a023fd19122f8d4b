import { usableCount } from './numbers';

/**
 * Conversion of every stage from the first stage, in percent: `stage / first x 100` ("of 10,000 who
 * became aware, 1.3% bought"). The step-to-step conversion (`next / current`) stays in
 * {@link stageConversion}; this is the other figure funnel tools show next to it.
 *
 * @param counts - The stage counts in funnel order.
 * @returns One value per stage: 100 for the first stage, null where the stage's count or the first
 *   count is unknown, or the first count is 0 (never NaN or Infinity).
 * @example cumulativeConversions([10000, 4000, 130]) // [100, 40, 1.3]
 */
export function cumulativeConversions(counts: readonly (number | null | undefined)[]): (number | null)[] {
  const first = usableCount(counts[0]);
  return counts.map((value) => {
    const count = usableCount(value);
    if (first === null || first === 0 || count === null) return null;
    return (count / first) * 100;
  });
}
