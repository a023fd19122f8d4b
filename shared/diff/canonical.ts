import type { FullMapDocument } from './apply-diff';
import { metricKey, type CollectionDiff, type MapDiff, type MapDocument, type RowChange } from './types';

const compareKeys = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

function sortBy<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return rows
    .map((row) => ({ row, k: key(row) }))
    .sort((p, q) => compareKeys(p.k, q.k))
    .map((p) => p.row);
}

const byId = (row: { id: string }): string => row.id;

/**
 * The canonical form of a map document, in which two documents with the same content are deep-equal:
 * stages and lanes keep their display order (it is content); cards, connections and periods are sorted
 * by id and stage metrics by `periodId/stageId` (their array order is not content: a card's place is in
 * its fields); missing `periods` / `metrics` become empty lists.
 */
export function canonicalMapDocument(doc: MapDocument): FullMapDocument {
  return {
    map: { ...doc.map, cards: sortBy(doc.map.cards, byId), connections: sortBy(doc.map.connections, byId) },
    periods: sortBy(doc.periods ?? [], byId),
    metrics: sortBy(doc.metrics ?? [], metricKey),
  };
}

/**
 * The canonical form of a diff: every added, removed and changed list sorted by key, so that two diffs
 * describing the same change are deep-equal (e.g. `diffMaps(b, a)` and `reverseDiff(diffMaps(a, b))`).
 */
export function canonicalDiff(diff: MapDiff): MapDiff {
  return {
    map: [...diff.map].sort((p, q) => compareKeys(p.field, q.field)),
    stages: sortCollection(diff.stages, byId),
    lanes: sortCollection(diff.lanes, byId),
    cards: sortCollection(diff.cards, byId),
    connections: sortCollection(diff.connections, byId),
    periods: sortCollection(diff.periods, byId),
    metrics: sortCollection(diff.metrics, metricKey),
  };
}

function sortCollection<T, D extends CollectionDiff<T, RowChange<T>>>(c: D, key: (row: T) => string): D {
  return {
    ...c,
    added: sortBy(c.added, key),
    removed: sortBy(c.removed, key),
    changed: sortBy(c.changed, byId),
  };
}
