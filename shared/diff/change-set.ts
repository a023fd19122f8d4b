import {
  CARD_PATCH_FIELDS,
  type CardPatchField,
  type Connection,
  type Id,
  type JourneyMap,
  type MapChangeSet,
} from '../domain';
import { MAP_CONTENT_FIELDS, type CardChange, type MapDiff, type OrderedCollectionDiff } from './types';

const isCardPatchField = (field: string): field is CardPatchField =>
  (CARD_PATCH_FIELDS as readonly string[]).includes(field);

/**
 * The changed fields of each changed card, so the backend writes only those (the last write of a
 * field wins, whoever wrote it: issue 12). A card whose kind (or any field a patch cannot carry)
 * changed is left out: it is written whole.
 */
function cardFieldsOf(changed: readonly CardChange[]): NonNullable<MapChangeSet['upsert']>['cardFields'] {
  const result: Record<Id, CardPatchField[]> = {};
  let any = false;
  for (const change of changed) {
    const fields = change.fields.map((f) => f.field);
    if (fields.length === 0 || !fields.every(isCardPatchField)) continue;
    result[change.id] = fields;
    any = true;
  }
  return any ? result : undefined;
}

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
 * The connections the backend's cascades would delete although the target keeps them: those of cards
 * that sat in a removed stage or lane and were moved out of it. The backend applies removals before
 * upserts, so the stage takes such a card and its connections with it; the card comes back as an
 * upsert, and its connections must come back too, although they did not change.
 */
function connectionsToRestore(diff: MapDiff, target: Pick<JourneyMap, 'connections'>): Connection[] {
  if (diff.stages.removed.length === 0 && diff.lanes.removed.length === 0) return [];
  const removedStages = new Set(diff.stages.removed.map((s) => s.id));
  const removedLanes = new Set(diff.lanes.removed.map((l) => l.id));
  const rescued = new Set<Id>();
  for (const c of diff.cards.changed) {
    const { stageId, laneId } = c.before;
    if ((stageId !== null && removedStages.has(stageId)) || (laneId !== null && removedLanes.has(laneId))) {
      rescued.add(c.id);
    }
  }
  if (rescued.size === 0) return [];
  const sent = new Set<Id>();
  for (const k of diff.connections.added) sent.add(k.id);
  for (const k of diff.connections.changed) sent.add(k.id);
  return target.connections.filter(
    (k) => !sent.has(k.id) && (rescued.has(k.sourceId) || rescued.has(k.targetId)),
  );
}

/**
 * The incremental edit (`MapChangeSet`, for `maps.applyChanges`) that turns the diff's source map into
 * its target: changed map fields, whole rows to upsert (added and changed), for each changed card the
 * fields that changed (`upsert.cardFields`, so the backend writes only those), ids to remove, and
 * `stageOrder` / `laneOrder` only when the order is not already implied. An empty diff gives `{}`.
 *
 * Periods and stage metrics are not part of a map change set (they have their own operations), so
 * their changes are left out.
 *
 * @param diff `diffMaps(saved, current)`
 * @param target the map the diff leads to (`current`). Pass it: when a card is moved out of a stage or
 *   lane that is removed in the same save, the backend's cascade (removals run first, see
 *   `applyChangeSet` in test-apply-change-set.ts) deletes the card's connections, and only the
 *   target knows the unchanged ones to send again. Without it such connections would be lost, so the function then throws
 *   rather than return a change set that loses data.
 * @throws Error when a card leaves a removed stage or lane and `target` was not given
 */
export function changeSetFromDiff(diff: MapDiff, target?: Pick<JourneyMap, 'connections'>): MapChangeSet {
  const changes: MapChangeSet = {};

  const mapFields: NonNullable<MapChangeSet['map']> = {};
  let anyMapField = false;
  for (const change of diff.map) {
    if (!isMapContentField(change.field)) continue;
    (mapFields as Record<string, unknown>)[change.field] = change.after;
    anyMapField = true;
  }
  if (anyMapField) changes.map = mapFields;

  const restored = connectionsToRestore(diff, target ?? { connections: [] });
  if (!target && needsTarget(diff)) {
    throw new Error('changeSetFromDiff: a card leaves a removed stage or lane; pass the target map');
  }

  const upsert = nonEmpty({
    stages: [...diff.stages.added, ...diff.stages.changed.map((c) => c.after)],
    lanes: [...diff.lanes.added, ...diff.lanes.changed.map((c) => c.after)],
    cards: [...diff.cards.added, ...diff.cards.changed.map((c) => c.after)],
    connections: [...diff.connections.added, ...diff.connections.changed.map((c) => c.after), ...restored],
  });
  if (upsert) {
    const cardFields = cardFieldsOf(diff.cards.changed);
    changes.upsert = cardFields ? { ...upsert, cardFields } : upsert;
  }

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

/** Whether a card leaves a removed stage or lane (so its connections may need restoring). */
function needsTarget(diff: MapDiff): boolean {
  if (diff.stages.removed.length === 0 && diff.lanes.removed.length === 0) return false;
  const removed = new Set<Id>([...diff.stages.removed, ...diff.lanes.removed].map((row) => row.id));
  return diff.cards.changed.some(
    (c) =>
      (c.before.stageId !== null && removed.has(c.before.stageId)) ||
      (c.before.laneId !== null && removed.has(c.before.laneId)),
  );
}
