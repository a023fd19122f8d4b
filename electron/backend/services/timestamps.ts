import { nowIso } from '../../../shared/domain';

/**
 * Now, but always later than `previous`: two saves in the same millisecond still get increasing
 * `updatedAt` values, so "most recently changed first" and stale-save checks stay reliable.
 */
export function nextTimestamp(previous: string | undefined, now = nowIso()): string {
  if (previous === undefined || now > previous) return now;
  return new Date(Date.parse(previous) + 1).toISOString();
}
