// Small statistics for the canvas benchmark: percentiles of samples, and the spread over runs.

/** Nearest-rank percentile (p in 0..1); NaN for no values. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

export const median = (values: number[]): number => percentile(values, 0.5);

/** One figure over repeated runs: its lowest, middle and highest value, so noise is visible. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: number[]): Spread {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { min: NaN, median: NaN, max: NaN };
  return { min: Math.min(...finite), median: median(finite), max: Math.max(...finite) };
}
