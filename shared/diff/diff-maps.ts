import type { Card, Id, JourneyMap } from '../domain';
import { diffRowFields, type RowType } from './row-fields';
import {
  MAP_CONTENT_FIELDS,
  metricKey,
  type CardChange,
  type CardPlace,
  type CollectionDiff,
  type FieldChange,
  type MapDiff,
  type MapDocument,
  type OrderChange,
  type RowChange,
} from './types';
import { valuesEqual } from './values-equal';

/** How a collection's rows are keyed. */
type KeyOf<T> = (row: T) => string;

const byId = <T extends { id: string }>(row: T): string => row.id;

/**
 * Diffs one collection in linear time: one pass over each side with a hash lookup per row.
 * `added` and `changed` follow the target's order, `removed` the source's.
 */
export function diffCollection<T extends object>(
  type: RowType,
  before: readonly T[],
  after: readonly T[],
  key: KeyOf<T>,
): CollectionDiff<T> {
  const aligned = diffAligned(type, before, after, key);
  if (aligned) return aligned;
  // One index (key -> position in `before`) and a matched flag per position, rather than a second
  // index of `after`: half the hashing and memory, which is what large maps spend their time on.
  const position = new Map<string, number>();
  for (let i = 0; i < before.length; i++) position.set(key(before[i] as T), i);
  const matched = new Uint8Array(before.length);
  const result: CollectionDiff<T> = { added: [], removed: [], changed: [] };
  for (const row of after) {
    const id = key(row);
    const i = position.get(id);
    if (i === undefined) {
      result.added.push(row);
      continue;
    }
    matched[i] = 1;
    const old = before[i] as T;
    if (old === row) continue; // unchanged rows are often shared between documents
    const change = rowChange(type, id, old, row);
    if (change) result.changed.push(change);
  }
  for (let i = 0; i < before.length; i++) {
    // A duplicate key (never in a valid map) only counts once: its last position is the one matched.
    if (matched[i] === 0 && position.get(key(before[i] as T)) === i) result.removed.push(before[i] as T);
  }
  return result;
}

/**
 * The fast path for the common case of an edit: both sides hold the same rows at the same positions
 * (edits keep a row's place in its array), so a pairwise walk that skips shared objects finds the
 * changes with no hashing at all. Returns null as soon as the rows are not aligned.
 */
function diffAligned<T extends object>(
  type: RowType,
  before: readonly T[],
  after: readonly T[],
  key: KeyOf<T>,
): CollectionDiff<T> | null {
  if (before.length !== after.length) return null;
  const result: CollectionDiff<T> = { added: [], removed: [], changed: [] };
  if (before === after) return result;
  for (let i = 0; i < after.length; i++) {
    const old = before[i] as T;
    const row = after[i] as T;
    if (old === row) continue;
    const id = key(row);
    if (key(old) !== id) return null;
    const change = rowChange(type, id, old, row);
    if (change) result.changed.push(change);
  }
  return result;
}

/** The change of one row, or null when nothing differs. */
export function rowChange<T extends object>(
  type: RowType,
  id: string,
  before: T,
  after: T,
): RowChange<T> | null {
  const fields = diffRowFields(type, before, after);
  return fields.length === 0 ? null : { id, before, after, fields };
}

/** A card's place: cell and place in it, or free position. */
export function cardPlace(card: Card): CardPlace {
  return { stageId: card.stageId, laneId: card.laneId, order: card.order, x: card.x, y: card.y };
}

const PLACE_FIELDS: ReadonlySet<string> = new Set(['stageId', 'laneId', 'order', 'x', 'y']);

const isFree = (place: CardPlace): boolean => place.stageId === null || place.laneId === null;

/**
 * Whether a card moved: it is in another stage or lane, or it is a free card at another position.
 * A new `order` within the same cell is not a move: dropping a card into an occupied cell shifts the
 * cards already there, and those did not go anywhere. Nor are stale `x`/`y` of a card in a cell.
 */
export function isCardMove(from: CardPlace, to: CardPlace): boolean {
  if (from.stageId !== to.stageId || from.laneId !== to.laneId) return true;
  return isFree(to) && (from.x !== to.x || from.y !== to.y);
}

/**
 * True for a change that only shifts a card within its cell (its `order`, or stale coordinates of a
 * card in a cell): part of the diff, so saving and applying it are exact, but nothing a person would
 * call a change, so the change list and the compare canvas leave it out.
 */
export function isReorderOnly(change: CardChange): boolean {
  return !change.moved && change.fields.every((f) => PLACE_FIELDS.has(f.field));
}

/** Adds move information to a card's row change. */
export function toCardChange(change: RowChange<Card>): CardChange {
  const from = cardPlace(change.before);
  const to = cardPlace(change.after);
  return { ...change, moved: isCardMove(from, to), from, to };
}

/** The order change of a display-ordered collection: null when the id sequences are the same. */
export function diffOrder(before: readonly { id: Id }[], after: readonly { id: Id }[]): OrderChange {
  const same = before.length === after.length && before.every((row, i) => row.id === after[i]?.id);
  return same ? null : { before: before.map(byId), after: after.map(byId) };
}

/** The changed map content fields. */
export function diffMapFields(before: JourneyMap, after: JourneyMap): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of MAP_CONTENT_FIELDS) {
    if (!valuesEqual(before[field], after[field])) {
      changes.push({ field, before: before[field], after: after[field] });
    }
  }
  return changes;
}

/**
 * The difference between two map documents `a` (source) and `b` (target), keyed by stable ids:
 * stages, lanes, cards, connections, metric periods and stage metrics added, removed and changed
 * (field by field, with before and after), cards moved, stage and lane order, and map fields.
 *
 * Pure and linear in the size of the documents: rows are indexed by id in hash maps and compared
 * field by field with a fixed field list per row type.
 *
 * @param a the source, e.g. the last saved document or the older version
 * @param b the target, e.g. the current document or the newer version
 * @returns a {@link MapDiff} such that `applyDiff(a, diff)` equals `b` in canonical form
 * @example
 * const diff = diffMaps({ map: saved }, { map: current });
 * if (!isEmptyDiff(diff)) await api['maps.applyChanges']({ id, changes: changeSetFromDiff(diff) });
 */
export function diffMaps(a: MapDocument, b: MapDocument): MapDiff {
  const stages = diffCollection('stage', a.map.stages, b.map.stages, byId);
  const lanes = diffCollection('lane', a.map.lanes, b.map.lanes, byId);
  const cards = diffCollection('card', a.map.cards, b.map.cards, byId);
  return {
    map: diffMapFields(a.map, b.map),
    stages: { ...stages, order: diffOrder(a.map.stages, b.map.stages) },
    lanes: { ...lanes, order: diffOrder(a.map.lanes, b.map.lanes) },
    cards: { ...cards, changed: cards.changed.map(toCardChange) },
    connections: diffCollection('connection', a.map.connections, b.map.connections, byId),
    periods: diffCollection('period', a.periods ?? [], b.periods ?? [], byId),
    metrics: diffCollection('metric', a.metrics ?? [], b.metrics ?? [], metricKey),
  };
}
