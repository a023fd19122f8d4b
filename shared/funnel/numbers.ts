/**
 * A count usable in funnel math: a finite number that is not negative. Anything else (null, NaN,
 * Infinity, a negative number) is treated as unknown, so no derived figure can become NaN or Infinity.
 *
 * @param value - A stored or imported count.
 * @returns The count, or null when it is unknown or unusable.
 */
export function usableCount(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * The median of some numbers (mean of the two middle values for an even count).
 *
 * @returns The median, or null for an empty list.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[mid - 1] as number) + upper) / 2;
}
