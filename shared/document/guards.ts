import type { z } from 'zod';
import { ApiError, invalidInputFromZod, type ErrorParams, type ErrorReason } from '../api/errors';
import type { JourneyMap } from '../domain/journey-map';

/**
 * Throws an `invalid_input` {@link ApiError} naming the argument that made the edit impossible.
 *
 * @param message - A sentence for people in English (logs): what is wrong.
 * @param path - The argument or field at fault, e.g. `stageId` or `cards.2.score`.
 * @param reason - The same sentence for the UI to say in its language, with `params`.
 */
export function invalidEdit(message: string, path: string, reason: ErrorReason, params?: ErrorParams): never {
  throw new ApiError('invalid_input', message, { path, issues: [{ path, message }], reason, params });
}

/** Parses `value` with `schema`, turning a zod failure into an `invalid_input` {@link ApiError}. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInputFromZod(result.error, what);
  return result.data;
}

/** Index of the stage with `id` in display order; throws when the map has no such stage. */
export function stageIndexOrThrow(map: JourneyMap, id: string, path = 'stageId'): number {
  const index = map.stages.findIndex((stage) => stage.id === id);
  if (index < 0)
    invalidEdit(`The map has no stage with id "${String(id)}".`, path, 'edit_unknown_item', {
      what: 'stage',
      id: String(id),
    });
  return index;
}

/** Index of the lane with `id` in display order; throws when the map has no such lane. */
export function laneIndexOrThrow(map: JourneyMap, id: string, path = 'laneId'): number {
  const index = map.lanes.findIndex((lane) => lane.id === id);
  if (index < 0)
    invalidEdit(`The map has no lane with id "${String(id)}".`, path, 'edit_unknown_item', {
      what: 'lane',
      id: String(id),
    });
  return index;
}

/** Index of the card with `id` in `map.cards`; throws when the map has no such card. */
export function cardIndexOrThrow(map: JourneyMap, id: string, path = 'cardId'): number {
  const index = map.cards.findIndex((card) => card.id === id);
  if (index < 0)
    invalidEdit(`The map has no card with id "${String(id)}".`, path, 'edit_unknown_item', {
      what: 'card',
      id: String(id),
    });
  return index;
}

/** Index of the connection with `id`; throws when the map has no such connection. */
export function connectionIndexOrThrow(map: JourneyMap, id: string, path = 'connectionId'): number {
  const index = map.connections.findIndex((connection) => connection.id === id);
  if (index < 0)
    invalidEdit(`The map has no connection with id "${String(id)}".`, path, 'edit_unknown_item', {
      what: 'connection',
      id: String(id),
    });
  return index;
}

/**
 * Checks that every id names an item of `items`, without repeats, and returns them as a set. Used by the
 * bulk operations (remove, copy) so that one stale id refuses the whole edit instead of half-applying it.
 */
export function idSetOrThrow(
  items: readonly { id: string }[],
  ids: readonly string[],
  what: 'card' | 'connection',
  path: string,
): Set<string> {
  if (!Array.isArray(ids))
    invalidEdit(`Expected a list of ${what} ids.`, path, 'edit_expected_ids', { what });
  const known = new Set(items.map((item) => item.id));
  const wanted = new Set<string>();
  ids.forEach((id, i) => {
    if (!known.has(id))
      invalidEdit(`The map has no ${what} with id "${String(id)}".`, `${path}.${i}`, 'edit_unknown_item', {
        what,
        id: String(id),
      });
    wanted.add(id);
  });
  return wanted;
}

/** Throws a `too_large` {@link ApiError} when a list would grow past its schema limit. */
export function checkLimit(count: number, limit: number, what: string): void {
  if (count > limit) {
    throw new ApiError(
      'too_large',
      `A map can hold at most ${limit} ${what}; this edit would make ${count}.`,
      { reason: 'map_limit', params: { limit, list: what, made: count } },
    );
  }
}

/** Returns `list` with the item at `index` replaced; the other items keep their identity. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const next = list.slice();
  next[index] = item;
  return next;
}

/** An index argument: an integer within `0..max`, or an `invalid_input` error naming `path`. */
export function indexOrThrow(index: number, max: number, path: string): number {
  if (!Number.isInteger(index) || index < 0 || index > max) {
    invalidEdit(`Position ${String(index)} is outside 0..${max}.`, path, 'edit_position_outside', {
      index: String(index),
      max,
    });
  }
  return index;
}
