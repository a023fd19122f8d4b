// Test oracle, not app code: the meaning of a change set, which the diff tests check
// `changeSetFromDiff` against. The app's writer is the backend's SQL (apply-changes.ts).
import { withCardFields, type Card, type Id, type JourneyMap, type MapChangeSet } from '../domain';

/** Replaces rows with the same id in place and appends new ones, in the upsert's order. */
function upsertRows<T extends { id: Id }>(rows: readonly T[], upserts: readonly T[] | undefined): T[] {
  if (!upserts || upserts.length === 0) return [...rows];
  const incoming = new Map(upserts.map((row) => [row.id, row]));
  const result = rows.map((row) => {
    const next = incoming.get(row.id);
    if (next === undefined) return row;
    incoming.delete(row.id);
    return next;
  });
  for (const row of incoming.values()) result.push(row);
  return result;
}

/**
 * The upserted cards as the backend writes them: a card with an entry in `cardFields` that is stored
 * with the same kind takes only those fields from the upsert and keeps its other stored values.
 */
function patchedCards(stored: readonly Card[], changes: MapChangeSet): Card[] | undefined {
  const upserts = changes.upsert?.cards;
  const fields = changes.upsert?.cardFields;
  if (!upserts || !fields) return upserts;
  const byId = new Map(stored.map((card) => [card.id, card]));
  return upserts.map((sent) => {
    const current = byId.get(sent.id);
    const listed = fields[sent.id];
    return current && listed ? withCardFields(current, sent, listed) : sent;
  });
}

/** Rows named in `order` first, in that order; the others after them, in their current order. */
function reorder<T extends { id: Id }>(rows: T[], order: readonly Id[] | undefined): T[] {
  if (!order) return rows;
  const position = new Map<Id, number>();
  order.forEach((id, i) => position.set(id, i));
  const listed = rows.filter((row) => position.has(row.id));
  listed.sort((p, q) => (position.get(p.id) ?? 0) - (position.get(q.id) ?? 0));
  return [...listed, ...rows.filter((row) => !position.has(row.id))];
}

/**
 * The meaning of a {@link MapChangeSet}, as a pure function: the reference the backend's writer
 * (`electron/backend/services/apply-changes.ts`, removals first) follows, and what the diff tests
 * check `changeSetFromDiff` against.
 *
 * 1. map fields are set;
 * 2. connections, cards, stages, lanes are removed by id (an unknown id is ignored); removing a stage
 *    or lane also removes the cards in it, and removing a card also removes its connections, as the
 *    database's cascades do;
 * 3. stages, lanes, cards, connections are upserted (replaced by id, or appended in the given order);
 *    a stored card of the same kind listed in `upsert.cardFields` takes only the listed fields;
 * 4. `stageOrder` / `laneOrder` put the listed rows first in that order; rows missing from it (new ones)
 *    follow in their current order.
 *
 * Linear in the size of the map plus the change set; `map` is not modified. `updatedAt` is left to the
 * caller (the store stamps it).
 */
export function applyChangeSet(map: JourneyMap, changes: MapChangeSet): JourneyMap {
  const result: JourneyMap = { ...map, ...dropUndefined(changes.map ?? {}) };

  const removedStages = new Set(changes.remove?.stageIds ?? []);
  const removedLanes = new Set(changes.remove?.laneIds ?? []);
  const removedCards = new Set(changes.remove?.cardIds ?? []);
  const removedConnections = new Set(changes.remove?.connectionIds ?? []);

  const stages = map.stages.filter((s) => !removedStages.has(s.id));
  const lanes = map.lanes.filter((l) => !removedLanes.has(l.id));
  const cards = map.cards.filter((card) => {
    const gone =
      removedCards.has(card.id) ||
      (card.stageId !== null && removedStages.has(card.stageId)) ||
      (card.laneId !== null && removedLanes.has(card.laneId));
    if (gone) removedCards.add(card.id);
    return !gone;
  });
  const connections = map.connections.filter(
    (c) => !removedConnections.has(c.id) && !removedCards.has(c.sourceId) && !removedCards.has(c.targetId),
  );

  result.stages = reorder(upsertRows(stages, changes.upsert?.stages), changes.stageOrder);
  result.lanes = reorder(upsertRows(lanes, changes.upsert?.lanes), changes.laneOrder);
  result.cards = upsertRows(cards, patchedCards(cards, changes));
  result.connections = upsertRows(connections, changes.upsert?.connections);
  return result;
}

function dropUndefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}
