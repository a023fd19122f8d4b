import type { FunnelAnalysis } from './analysis';

/**
 * The two ways to name a funnel's worst stage. By rate (the lowest conversion, what the overlay has
 * always shown) and by customers lost (the largest drop-off count): an early stage with a modest rate
 * can lose more people than a late stage with a terrible rate, so both are shown when they differ.
 */
export interface FunnelLeaks {
  /** Index of the stage with the lowest conversion (see {@link biggestLeak}); null when none. */
  byRate: number | null;
  /** Index of the stage that loses the most customers; null when no stage loses anyone. */
  byCount: number | null;
  /** Both are known and name different stages. */
  differ: boolean;
}

/**
 * The stage that loses the most customers before the next stage.
 *
 * @param dropOffs - Customers lost per stage (`count - next`), null when unknown; never negative.
 * @returns The index of the largest positive drop-off (earliest on a tie, as fixing earlier feeds
 *   every later stage), or null when no stage loses anyone.
 * @example biggestLeakByCount([4000, 3000, 50]) // 0
 */
export function biggestLeakByCount(dropOffs: readonly (number | null)[]): number | null {
  let best: number | null = null;
  dropOffs.forEach((lost, index) => {
    if (lost === null || !Number.isFinite(lost) || lost <= 0) return;
    if (best === null || lost > (dropOffs[best] as number)) best = index;
  });
  return best;
}

/** Both leaks of an analysed funnel (see {@link FunnelLeaks}). */
export function funnelLeaks(analysis: FunnelAnalysis): FunnelLeaks {
  const byRate = analysis.biggestLeakIndex;
  const byCount = biggestLeakByCount(analysis.stages.map((row) => row.dropOff));
  return { byRate, byCount, differ: byRate !== null && byCount !== null && byRate !== byCount };
}
