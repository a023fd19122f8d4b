// Test oracle, not app code: what a diff means, as the function the diff tests check `diffMaps`
// against (`applyDiff(a, diffMaps(a, b))` equals `b`). The app never applies a diff; it saves the
// change set a diff implies (change-set.ts).
import { ApiError, type ErrorParams, type ErrorReason } from '../api/errors';
import type { JourneyMap } from '../domain';
import {
  metricKey,
  type CollectionDiff,
  type FullMapDocument,
  type MapDiff,
  type MapDocument,
  type OrderChange,
} from './types';
import { valuesEqual } from './values-equal';

/** The change no longer fits: `reason` says how, `params` name the list (`list`) and the row (`id`). */
const conflict = (path: string, message: string, reason: ErrorReason, params: ErrorParams): ApiError =>
  new ApiError('conflict', `The change does not fit this map: ${message}`, { path, reason, params });

/**
 * Applies one collection's diff in linear time. Surviving rows keep the source's order, changed rows
 * are replaced in place, added rows are appended in the diff's order.
 */
function applyCollection<T>(
  name: string,
  rows: readonly T[],
  diff: CollectionDiff<T>,
  key: (row: T) => string,
): T[] {
  const current = new Map<string, T>();
  for (const row of rows) current.set(key(row), row);

  const removed = new Set<string>();
  for (const row of diff.removed) {
    const id = key(row);
    const existing = current.get(id);
    if (existing === undefined)
      throw conflict(`${name}.${id}`, `${name} "${id}" to remove does not exist.`, 'diff_remove_missing', {
        list: name,
        id,
      });
    if (!valuesEqual(existing, row))
      throw conflict(`${name}.${id}`, `${name} "${id}" was changed since.`, 'diff_row_changed', {
        list: name,
        id,
      });
    removed.add(id);
  }
  const replaced = new Map<string, T>();
  for (const change of diff.changed) {
    const existing = current.get(change.id);
    if (existing === undefined) {
      throw conflict(
        `${name}.${change.id}`,
        `${name} "${change.id}" to change does not exist.`,
        'diff_change_missing',
        {
          list: name,
          id: change.id,
        },
      );
    }
    if (!valuesEqual(existing, change.before)) {
      throw conflict(
        `${name}.${change.id}`,
        `${name} "${change.id}" was changed since.`,
        'diff_row_changed',
        {
          list: name,
          id: change.id,
        },
      );
    }
    replaced.set(change.id, change.after);
  }
  const result: T[] = [];
  for (const row of rows) {
    const id = key(row);
    if (!removed.has(id)) result.push(replaced.get(id) ?? row);
  }
  for (const row of diff.added) {
    const id = key(row);
    if (current.has(id))
      throw conflict(`${name}.${id}`, `${name} "${id}" to add already exists.`, 'diff_add_exists', {
        list: name,
        id,
      });
    result.push(row);
  }
  return result;
}

/** Puts rows into the order the diff records, checking it names exactly these rows. */
function applyOrder<T extends { id: string }>(name: string, rows: T[], order: OrderChange): T[] {
  if (order === null) return rows;
  const byId = new Map(rows.map((row) => [row.id, row]));
  if (order.after.length !== rows.length) {
    throw conflict(
      `${name}.order`,
      `the ${name} order lists ${order.after.length} ids for ${rows.length} rows.`,
      'diff_order_count',
      { list: name, listed: order.after.length, rows: rows.length },
    );
  }
  return order.after.map((id) => {
    const row = byId.get(id);
    if (row === undefined)
      throw conflict(`${name}.order`, `the ${name} order names unknown "${id}".`, 'diff_order_unknown', {
        list: name,
        id,
      });
    byId.delete(id); // a repeated id then fails as unknown
    return row;
  });
}

const byId = (row: { id: string }): string => row.id;

/**
 * Applies a diff to its source document and returns the target: `applyDiff(a, diffMaps(a, b))` equals
 * `b` in canonical form ({@link canonicalMapDocument}). Stage and lane order is exact; cards,
 * connections, periods and metrics keep the source's array order, with added rows at the end.
 * The map's `id`, `createdAt` and `updatedAt` are the source's (they are not content).
 *
 * Pure and linear; `a` is not modified.
 *
 * @throws ApiError `conflict` (with `path`, e.g. `cards.<id>`) when the diff does not fit `a`: a row
 *   to remove or change is missing or differs from the diff's `before`, a row to add exists, or the
 *   order names other rows. Nothing is returned then, so a stale diff never half-applies.
 */
export function applyDiff(a: MapDocument, diff: MapDiff): FullMapDocument {
  const map: JourneyMap = { ...a.map };
  const fields = map as unknown as Record<string, unknown>;
  for (const change of diff.map) {
    if (!valuesEqual(fields[change.field], change.before)) {
      throw conflict(
        `map.${change.field}`,
        `the map's ${change.field} was changed since.`,
        'diff_map_field_changed',
        {
          list: change.field,
        },
      );
    }
    fields[change.field] = change.after;
  }
  map.stages = applyOrder(
    'stages',
    applyCollection('stages', a.map.stages, diff.stages, byId),
    diff.stages.order,
  );
  map.lanes = applyOrder('lanes', applyCollection('lanes', a.map.lanes, diff.lanes, byId), diff.lanes.order);
  map.cards = applyCollection('cards', a.map.cards, diff.cards, byId);
  map.connections = applyCollection('connections', a.map.connections, diff.connections, byId);
  return {
    map,
    periods: applyCollection('periods', a.periods ?? [], diff.periods, byId),
    metrics: applyCollection('metrics', a.metrics ?? [], diff.metrics, metricKey),
  };
}
