import { ApiError } from '../api/errors';
import { overallConversion, stageConversion } from './conversion';
import { usableCount } from './numbers';

/** The funnel as it would be if one stage converted differently. */
export interface WhatIfProjection {
  /** Projected count of every stage; stages up to the changed one keep their own counts. */
  counts: (number | null)[];
  /** Projected minus original count, per stage; null where either is unknown. */
  deltas: (number | null)[];
  /** Overall conversion of the projected funnel, in percent. */
  overallConversion: number | null;
}

/**
 * What-if: set one stage's conversion to the next stage and project the counts downstream, each later
 * stage keeping its own conversion. Counts are not rounded (format them for display); the stored
 * numbers are untouched, the function is pure.
 *
 * A downstream stage whose own conversion is unknown stops the projection: it and every stage after
 * it are null, since nothing can be said about them.
 *
 * @param counts - The stage counts in funnel order.
 * @param stageIndex - The stage whose conversion changes (not the last stage: it has no next stage).
 * @param newConversion - The new conversion to the next stage, in percent (0 or more).
 * @throws ApiError `invalid_input` when the index or the conversion is out of range.
 * @example projectWhatIf([1000, 600, 300], 0, 80).counts // [1000, 800, 400]
 */
export function projectWhatIf(
  counts: readonly (number | null)[],
  stageIndex: number,
  newConversion: number,
): WhatIfProjection {
  if (!Number.isInteger(stageIndex) || stageIndex < 0 || stageIndex >= counts.length - 1) {
    throw new ApiError(
      'invalid_input',
      `What-if needs a stage that has a next stage: index ${stageIndex} is outside 0..${counts.length - 2}.`,
      {
        path: 'stageIndex',
        reason: 'what_if_no_next_stage',
        params: { index: stageIndex, last: counts.length - 2 },
      },
    );
  }
  if (!Number.isFinite(newConversion) || newConversion < 0) {
    throw new ApiError('invalid_input', 'The what-if conversion must be a percentage of 0 or more.', {
      path: 'newConversion',
      reason: 'what_if_bad_conversion',
    });
  }
  const original = counts.map((count) => usableCount(count));
  const projected: (number | null)[] = original.slice(0, stageIndex + 1);
  for (let index = stageIndex; index < original.length - 1; index += 1) {
    const conversion =
      index === stageIndex ? newConversion : stageConversion(original[index], original[index + 1]);
    const from = projected[index] ?? null;
    projected.push(from === null || conversion === null ? null : (from * conversion) / 100);
  }
  const deltas = projected.map((count, index) => {
    const before = original[index] ?? null;
    return count === null || before === null ? null : count - before;
  });
  return { counts: projected, deltas, overallConversion: overallConversion(projected) };
}
