import type { Card, Connection, Id, Lane, MetricPeriod, Stage } from '../domain';
import { diffMaps } from './diff-maps';
import type { MapDiff, MapDocument } from './types';

/** A row the matcher can pair up: its id and, for a copy, what it was copied from. */
interface Row {
  id: Id;
  originId?: Id | null | undefined;
}

/**
 * Pairs the rows of `b` with rows of `a`, each row at most once, strongest evidence first:
 *
 * 1. direct lineage: one side was copied from the other (`b.originId === a.id` or `a.originId === b.id`);
 * 2. the same id (a version and the map it was saved from);
 * 3. shared lineage: both are copies of one original (`a.originId === b.originId`);
 * 4. the same content key (e.g. a stage's name), in order, for rows with no lineage at all.
 *
 * Shared lineage comes after the id because it can be ambiguous (a map may hold two copies of one
 * card), while an id is unique; ids and lineage never disagree for rows copied by the app.
 *
 * @returns b's id -> the id of the a row it is paired with
 */
export function matchRows<T extends Row>(
  a: readonly T[],
  b: readonly T[],
  contentKey: (row: T, side: 'a' | 'b') => string | null,
): Map<Id, Id> {
  const pairs = new Map<Id, Id>();
  const taken = new Set<Id>();
  const aById = new Map(a.map((row) => [row.id, row]));
  const aByOrigin = groupBy(a, (row) => row.originId ?? null);
  const pair = (bRow: T, aRow: T | undefined): boolean => {
    if (!aRow || taken.has(aRow.id) || pairs.has(bRow.id)) return false;
    pairs.set(bRow.id, aRow.id);
    taken.add(aRow.id);
    return true;
  };
  // Rows once taken stay taken, so each group's cursor only moves forward: linear overall, even for
  // hundreds of cards with one title in one cell.
  const firstFree = (group: Group<T> | undefined): T | undefined => {
    if (!group) return undefined;
    while (group.next < group.rows.length && taken.has((group.rows[group.next] as T).id)) group.next++;
    return group.rows[group.next];
  };

  for (const row of b) {
    if (row.originId && pair(row, aById.get(row.originId))) continue;
    pair(row, firstFree(aByOrigin.get(row.id)));
  }
  for (const row of b) pair(row, aById.get(row.id));
  for (const row of b) if (row.originId) pair(row, firstFree(aByOrigin.get(row.originId)));

  const aByKey = groupBy(a, (row) => contentKey(row, 'a'));
  for (const row of b) {
    if (pairs.has(row.id)) continue;
    const key = contentKey(row, 'b');
    if (key !== null) pair(row, firstFree(aByKey.get(key)));
  }
  return pairs;
}

/** Rows that share a key, in order, with the position of the first one that may still be free. */
interface Group<T> {
  rows: T[];
  next: number;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, Group<T>> {
  const groups = new Map<string, Group<T>>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.rows.push(row);
    else groups.set(k, { rows: [row], next: 0 });
  }
  return groups;
}

/** Names compare as people read them: surrounding space and letter case do not make another stage. */
const nameKey = (name: string): string => name.trim().toLowerCase();

/**
 * Translates b's ids into a's where rows are paired; other rows keep their id unless a uses it for
 * another row, in which case they get a new one (so a pairing never merges two rows).
 */
function idTranslator(pairs: ReadonlyMap<Id, Id>, aIds: Iterable<Id>, bIds: Iterable<Id>) {
  const used = new Set<Id>([...aIds, ...bIds]);
  const targets = new Set(pairs.values());
  const renamed = new Map<Id, Id>();
  return (id: Id): Id => {
    const paired = pairs.get(id);
    if (paired !== undefined) return paired;
    if (!targets.has(id)) return id;
    let fresh = renamed.get(id);
    if (fresh === undefined) {
      let n = 1;
      do fresh = `${id}-b${n++}`;
      while (used.has(fresh));
      used.add(fresh);
      renamed.set(id, fresh);
    }
    return fresh;
  };
}

const ids = (rows: readonly { id: Id }[]) => rows.map((row) => row.id);

/**
 * Document `b` with the ids of its stages, lanes, cards, connections and metric periods replaced by
 * the ids of the rows of `a` they match (see {@link matchRows}), and every reference translated with
 * them. Diffing `a` with the result compares two maps with different ids (a map and its duplicate, an
 * imported copy, two maps of one family) row by row instead of reporting every row removed and added.
 *
 * Matching: stages and lanes by lineage, id, then name; cards by lineage, id, then (kind, stage name,
 * lane name, title); connections by lineage, id, then their (translated) end cards; periods by id,
 * then (name, start, end). Comparing a document with one of its own versions changes nothing.
 */
export function alignByLineage<D extends MapDocument>(a: MapDocument, b: D): D {
  const stageNames = (stages: readonly Stage[]) => new Map(stages.map((s) => [s.id, nameKey(s.name)]));
  const laneNames = (lanes: readonly Lane[]) => new Map(lanes.map((l) => [l.id, nameKey(l.name)]));
  const names = {
    a: { stages: stageNames(a.map.stages), lanes: laneNames(a.map.lanes) },
    b: { stages: stageNames(b.map.stages), lanes: laneNames(b.map.lanes) },
  };

  const stage = idTranslator(
    matchRows(a.map.stages, b.map.stages, (s) => nameKey(s.name)),
    ids(a.map.stages),
    ids(b.map.stages),
  );
  const lane = idTranslator(
    matchRows(a.map.lanes, b.map.lanes, (l) => nameKey(l.name)),
    ids(a.map.lanes),
    ids(b.map.lanes),
  );
  const cardKey = (c: Card, side: 'a' | 'b') => {
    const s = c.stageId === null ? '' : (names[side].stages.get(c.stageId) ?? '');
    const l = c.laneId === null ? '' : (names[side].lanes.get(c.laneId) ?? '');
    return JSON.stringify([c.kind, s, l, c.title.trim()]);
  };
  const card = idTranslator(matchRows(a.map.cards, b.map.cards, cardKey), ids(a.map.cards), ids(b.map.cards));
  const connectionKey = (k: Connection, side: 'a' | 'b') =>
    side === 'a'
      ? JSON.stringify([k.sourceId, k.targetId])
      : JSON.stringify([card(k.sourceId), card(k.targetId)]);
  const connection = idTranslator(
    matchRows(a.map.connections, b.map.connections, connectionKey),
    ids(a.map.connections),
    ids(b.map.connections),
  );
  const periodsA = a.periods ?? [];
  const periodsB = b.periods ?? [];
  const periodKey = (p: MetricPeriod) => JSON.stringify([nameKey(p.name), p.startDate, p.endDate]);
  const periodPairs = matchRows(periodsA, periodsB, periodKey);
  const period = idTranslator(periodPairs, ids(periodsA), ids(periodsB));
  const periodMapId = new Map(periodsA.map((p) => [p.id, p.mapId]));

  const optional = <T>(rows: readonly T[] | undefined, f: (row: T) => T) => (rows ? rows.map(f) : rows);
  const aligned: D = {
    ...b,
    map: {
      ...b.map,
      stages: b.map.stages.map((s) => ({ ...s, id: stage(s.id) })),
      lanes: b.map.lanes.map((l) => ({ ...l, id: lane(l.id) })),
      cards: b.map.cards.map((c): Card => ({
        ...c,
        id: card(c.id),
        stageId: c.stageId === null ? null : stage(c.stageId),
        laneId: c.laneId === null ? null : lane(c.laneId),
      })),
      connections: b.map.connections.map((k) => ({
        ...k,
        id: connection(k.id),
        sourceId: card(k.sourceId),
        targetId: card(k.targetId),
      })),
    },
  };
  const periods = optional(b.periods, (p) => {
    const id = period(p.id);
    // A paired period belongs to the other map by nature; that is not a change of the period.
    return { ...p, id, mapId: periodPairs.has(p.id) ? (periodMapId.get(id) ?? p.mapId) : p.mapId };
  });
  const metrics = optional(b.metrics, (m) => ({
    ...m,
    periodId: period(m.periodId),
    stageId: stage(m.stageId),
  }));
  if (periods) aligned.periods = periods;
  if (metrics) aligned.metrics = metrics;
  return aligned;
}

/** What the compare view shows: the diff of `a` and `b` paired up by lineage, and the aligned `b`. */
export interface Comparison<D extends MapDocument> {
  /** `b` in a's ids (see {@link alignByLineage}): draw and describe the diff with this one. */
  b: D;
  diff: MapDiff;
}

/**
 * Compares two documents for people: rows paired by lineage, id, then content (see
 * {@link alignByLineage}). Two different maps have two names by nature, so their names are not
 * reported as a rename (the compare view names both sides).
 *
 * @example
 * const { b: aligned, diff } = compareDocuments(asIs, toBe);
 * const entries = describeDiff(diff, asIs, aligned);
 */
export function compareDocuments<D extends MapDocument>(a: MapDocument, b: D): Comparison<D> {
  const aligned = alignByLineage(a, b);
  const diff = diffMaps(a, aligned);
  if (a.map.id !== b.map.id) diff.map = diff.map.filter((f) => f.field !== 'name');
  return { b: aligned, diff };
}
