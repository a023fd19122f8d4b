import type { Card } from '../domain';
import { rowChange, toCardChange } from './diff-maps';
import type { RowType } from './row-fields';
import {
  DIFF_COLLECTIONS,
  metricKey,
  type CardChange,
  type CollectionDiff,
  type FieldChange,
  type MapDiff,
  type OrderChange,
  type RowChange,
} from './types';
import { valuesEqual } from './values-equal';

/** True when the diff changes nothing: applying it returns an equal document. */
export function isEmptyDiff(diff: MapDiff): boolean {
  if (diff.map.length > 0 || diff.stages.order !== null || diff.lanes.order !== null) return false;
  return DIFF_COLLECTIONS.every((name) => {
    const c = diff[name];
    return c.added.length === 0 && c.removed.length === 0 && c.changed.length === 0;
  });
}

/** A diff with no changes. */
export function emptyDiff(): MapDiff {
  const empty = () => ({ added: [], removed: [], changed: [] });
  return {
    map: [],
    stages: { ...empty(), order: null },
    lanes: { ...empty(), order: null },
    cards: empty(),
    connections: empty(),
    periods: empty(),
    metrics: empty(),
  };
}

const reverseFields = (fields: FieldChange[]): FieldChange[] =>
  fields.map((f) => ({ field: f.field, before: f.after, after: f.before }));

const reverseRow = <T>(c: RowChange<T>): RowChange<T> => ({
  id: c.id,
  before: c.after,
  after: c.before,
  fields: reverseFields(c.fields),
});

const reverseCollection = <T>(c: CollectionDiff<T>): CollectionDiff<T> => ({
  added: c.removed,
  removed: c.added,
  changed: c.changed.map(reverseRow),
});

const reverseOrder = (o: OrderChange): OrderChange => (o ? { before: o.after, after: o.before } : null);

/**
 * The diff that undoes `diff`: if `diff` takes `a` to `b`, the result takes `b` to `a`. It equals
 * `diffMaps(b, a)` up to the order of its lists (compare with {@link canonicalDiff}).
 */
export function reverseDiff(diff: MapDiff): MapDiff {
  return {
    map: reverseFields(diff.map),
    stages: { ...reverseCollection(diff.stages), order: reverseOrder(diff.stages.order) },
    lanes: { ...reverseCollection(diff.lanes), order: reverseOrder(diff.lanes.order) },
    cards: {
      ...reverseCollection(diff.cards),
      changed: diff.cards.changed.map((c): CardChange => ({
        ...reverseRow(c),
        moved: c.moved,
        from: c.to,
        to: c.from,
      })),
    },
    connections: reverseCollection(diff.connections),
    periods: reverseCollection(diff.periods),
    metrics: reverseCollection(diff.metrics),
  };
}

type Entry<T> =
  { kind: 'added'; row: T } | { kind: 'removed'; row: T } | { kind: 'changed'; change: RowChange<T> };

/** Squashes one collection: per key, what the two steps amount to. Linear in the two diffs' sizes. */
function squashCollection<T extends object>(
  type: RowType,
  first: CollectionDiff<T>,
  second: CollectionDiff<T>,
  key: (row: T) => string,
): CollectionDiff<T> {
  const entries = new Map<string, Entry<T>>();
  for (const row of first.removed) entries.set(key(row), { kind: 'removed', row });
  for (const row of first.added) entries.set(key(row), { kind: 'added', row });
  for (const change of first.changed) entries.set(change.id, { kind: 'changed', change });

  const set = (id: string, entry: Entry<T> | null) => {
    if (entry) entries.set(id, entry);
    else entries.delete(id);
  };
  const changedOrNothing = (id: string, before: T, after: T): Entry<T> | null => {
    const change = rowChange(type, id, before, after);
    return change ? { kind: 'changed', change } : null;
  };

  for (const row of second.added) {
    const id = key(row);
    const prior = entries.get(id);
    // Removed then added again: a change (or nothing) against the original row.
    set(id, prior?.kind === 'removed' ? changedOrNothing(id, prior.row, row) : { kind: 'added', row });
  }
  for (const row of second.removed) {
    const id = key(row);
    const prior = entries.get(id);
    if (prior?.kind === 'added') set(id, null);
    else if (prior?.kind === 'changed') set(id, { kind: 'removed', row: prior.change.before });
    else set(id, { kind: 'removed', row });
  }
  for (const change of second.changed) {
    const prior = entries.get(change.id);
    if (prior?.kind === 'added') set(change.id, { kind: 'added', row: change.after });
    else if (prior?.kind === 'changed')
      set(change.id, changedOrNothing(change.id, prior.change.before, change.after));
    else set(change.id, { kind: 'changed', change });
  }

  const result: CollectionDiff<T> = { added: [], removed: [], changed: [] };
  for (const entry of entries.values()) {
    if (entry.kind === 'added') result.added.push(entry.row);
    else if (entry.kind === 'removed') result.removed.push(entry.row);
    else result.changed.push(entry.change);
  }
  return result;
}

function squashOrder(first: OrderChange, second: OrderChange): OrderChange {
  // A null order means "same sequence on both sides", so the missing end is the other step's.
  if (first === null) return second;
  if (second === null) return first;
  return valuesEqual(first.before, second.after) ? null : { before: first.before, after: second.after };
}

function squashMapFields(first: FieldChange[], second: FieldChange[]): FieldChange[] {
  const byField = new Map<string, FieldChange>();
  for (const f of first) byField.set(f.field, f);
  for (const f of second) {
    const prior = byField.get(f.field);
    byField.set(f.field, prior ? { field: f.field, before: prior.before, after: f.after } : f);
  }
  return [...byField.values()].filter((f) => !valuesEqual(f.before, f.after));
}

const byId = (row: { id: string }): string => row.id;

/**
 * One diff that does what `first` then `second` do: if `first` takes `a` to `b` and `second` takes `b`
 * to `c`, the result takes `a` to `c` and equals `diffMaps(a, c)` up to list order.
 */
export function squashDiffs(first: MapDiff, second: MapDiff): MapDiff {
  const cards = squashCollection<Card>('card', first.cards, second.cards, byId);
  return {
    map: squashMapFields(first.map, second.map),
    stages: {
      ...squashCollection('stage', first.stages, second.stages, byId),
      order: squashOrder(first.stages.order, second.stages.order),
    },
    lanes: {
      ...squashCollection('lane', first.lanes, second.lanes, byId),
      order: squashOrder(first.lanes.order, second.lanes.order),
    },
    cards: { ...cards, changed: cards.changed.map(toCardChange) },
    connections: squashCollection('connection', first.connections, second.connections, byId),
    periods: squashCollection('period', first.periods, second.periods, byId),
    metrics: squashCollection('metric', first.metrics, second.metrics, metricKey),
  };
}
