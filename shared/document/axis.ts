import { invalidEdit, indexOrThrow } from './guards';

/**
 * List helpers shared by stages (columns) and lanes (rows): both are ordered lists of `{ id }` items
 * where the array order is the display order.
 */

/** Returns a copy of `list` with `item` inserted at `at` (0..length); throws on a bad index. */
export function insertItem<T>(list: readonly T[], item: T, at: number, path = 'at'): T[] {
  indexOrThrow(at, list.length, path);
  const next = list.slice();
  next.splice(at, 0, item);
  return next;
}

/**
 * Returns `list` with the item at `from` moved to `to` (an index in the resulting list), or the same
 * list when it does not move.
 */
export function moveItem<T>(list: readonly T[], from: number, to: number, path = 'toIndex'): readonly T[] {
  if (list.length === 0) invalidEdit('There is nothing to move.', path, 'edit_nothing_to_move');
  indexOrThrow(to, list.length - 1, path);
  if (from === to) return list;
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/**
 * Rounds a requested size and clamps it into `min..max`; refuses values that are not numbers at all,
 * because a NaN from a broken drag must not reach the database.
 */
export function clampSize(size: number, min: number, max: number, path: string): number {
  if (typeof size !== 'number' || !Number.isFinite(size))
    invalidEdit('The size must be a finite number.', path, 'edit_size_not_finite');
  return Math.min(max, Math.max(min, Math.round(size)));
}
