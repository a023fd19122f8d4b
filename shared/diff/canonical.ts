import { metricKey, type FullMapDocument, type MapDocument } from './types';

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
