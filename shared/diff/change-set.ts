import type { Id, MapChangeSet } from '../domain';
import { MAP_CONTENT_FIELDS, type MapDiff, type OrderedCollectionDiff } from './types';

const isMapContentField = (field: string): field is (typeof MAP_CONTENT_FIELDS)[number] =>
  (MAP_CONTENT_FIELDS as readonly string[]).includes(field);

/**
 * The complete order to send, or undefined when the change set's own rule ("upserted rows missing from
 * the order are appended at the end") already yields the target order: the surviving rows keep their
 * relative order and added rows only ever come last.
 */
function orderToSend<T extends { id: Id }>(diff: OrderedCollectionDiff<T>): Id[] | undefined {
  if (diff.order === null) return undefined;
  const removed = new Set(diff.removed.map((row) => row.id));
  const implied = diff.order.before.filter((id) => !removed.has(id));
  for (const row of diff.added) implied.push(row.id);
  const after = diff.order.after;
  const same = implied.length === after.length && implied.every((id, i) => id === after[i]);
  return same ? undefined : after;
}

/** Drops empty lists and objects so that an unchanged collection adds nothing to the change set. */
function nonEmpty<T extends Record<string, unknown[] | undefined>>(parts: T): Partial<T> | undefined {
  const result: Partial<T> = {};
  let any = false;
  for (const [key, list] of Object.entries(parts) as [keyof T, unknown[] | undefined][]) {
    if (list && list.length > 0) {
      result[key] = list as T[keyof T];
      any = true;
    }
  }
  return any ? result : undefined;
}

/**
 * The incremental edit (`MapChangeSet`, for `maps.applyChanges`) that turns the diff's source map into
 * its target: changed map fields, whole rows to upsert (added and changed), ids to remove, and
 * `stageOrder` / `laneOrder` only when the order is not already implied. An empty diff gives `{}`.
 *
 * Periods and stage metrics are not part of a map change set (they have their own operations), so
 * their changes are left out.
 *
 * Semantics the result relies on (see {@link applyChangeSet}): upserts are applied before removals,
 * so a card moved out of a removed stage survives with its connections.
 */
export function changeSetFromDiff(diff: MapDiff): MapChangeSet {
  const changes: MapChangeSet = {};

  const mapFields: NonNullable<MapChangeSet['map']> = {};
  let anyMapField = false;
  for (const change of diff.map) {
    if (!isMapContentField(change.field)) continue;
    (mapFields as Record<string, unknown>)[change.field] = change.after;
    anyMapField = true;
  }
  if (anyMapField) changes.map = mapFields;

  const upsert = nonEmpty({
    stages: [...diff.stages.added, ...diff.stages.changed.map((c) => c.after)],
    lanes: [...diff.lanes.added, ...diff.lanes.changed.map((c) => c.after)],
    cards: [...diff.cards.added, ...diff.cards.changed.map((c) => c.after)],
    connections: [...diff.connections.added, ...diff.connections.changed.map((c) => c.after)],
  });
  if (upsert) changes.upsert = upsert;

  const remove = nonEmpty({
    stageIds: diff.stages.removed.map((row) => row.id),
    laneIds: diff.lanes.removed.map((row) => row.id),
    cardIds: diff.cards.removed.map((row) => row.id),
    connectionIds: diff.connections.removed.map((row) => row.id),
  });
  if (remove) changes.remove = remove;

  const stageOrder = orderToSend(diff.stages);
  if (stageOrder) changes.stageOrder = stageOrder;
  const laneOrder = orderToSend(diff.lanes);
  if (laneOrder) changes.laneOrder = laneOrder;
  return changes;
}
