import type { Card, CardKind, Connection, Id, Stage } from '../domain';
import { isReorderOnly } from './diff-maps';
import type { FieldChange, MapDiff, MapDocument, OrderChange } from './types';

/** What happened to an item, in the words the compare view uses. */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved' | 'renamed' | 'reordered';
/** What kind of item changed. */
export type ChangeItemType = 'map' | 'stage' | 'lane' | 'card' | 'connection' | 'period' | 'metric';

/**
 * One line of the compare view's change list, as data (the UI translates it), e.g.
 * `{ kind: 'added', itemType: 'card', cardKind: 'touchpoint', title: 'Live chat', stageId: 'consideration' }`
 * reads "Touchpoint 'Live chat' added in Consideration".
 */
export interface ChangeEntry {
  /** The stage the change belongs to (a card's stage, a metric's stage, the stage itself); null for
   * the map, lanes, periods and free cards. */
  stageId: Id | null;
  kind: ChangeKind;
  itemType: ChangeItemType;
  /** The item's id (for a metric `periodId/stageId`, for the map its id). */
  itemId: string;
  cardKind?: CardKind;
  /** For a metric, the period it belongs to. */
  periodId?: Id;
  /** For a connection, the titles of the cards it links (a connection's label is often empty). */
  endpoints?: { source: string; target: string };
  /** The item's name or title as it is now (as it was, for a removed item). */
  title: string;
  /** For `changed` and `renamed`: the field. */
  field?: string;
  /** For `changed`/`renamed`: the field's values; for `moved`: the card's {@link CardPlace}s; for
   * `reordered`: the 0-based positions. */
  before?: unknown;
  after?: unknown;
}

/** Names the item's title field: renaming it is reported as `renamed`. */
const TITLE_FIELD: Partial<Record<ChangeItemType, string>> = {
  map: 'name',
  stage: 'name',
  lane: 'name',
  card: 'title',
  connection: 'label',
  period: 'name',
};

const PLACE_FIELDS: ReadonlySet<string> = new Set(['stageId', 'laneId', 'order', 'x', 'y']);

/**
 * The ids whose relative position changed: every id in both sequences that is not in a longest
 * subsequence kept in the same relative order. O(n log n).
 */
export function reorderedIds(order: OrderChange): Id[] {
  if (order === null) return [];
  const oldIndex = new Map(order.before.map((id, i) => [id, i]));
  const common = order.after.filter((id) => oldIndex.has(id));
  const seq = common.map((id) => oldIndex.get(id) ?? 0);
  // Patience sorting with back links: tails[k] is the index (into seq) ending the best run of length k+1.
  const tails: number[] = [];
  const prev: number[] = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    const value = seq[i] ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? (tails[tails.length - 1] ?? -1) : -1; i >= 0; i = prev[i] ?? -1)
    kept.add(i);
  return common.filter((_, i) => !kept.has(i));
}

/**
 * The diff as a change list for people, grouped by stage: first the entries of no stage (map, lanes,
 * periods, free cards), then each stage of `b` in display order, then the stages only `a` has. Within
 * a group: stage, lanes, cards, connections, metrics.
 *
 * @param diff `diffMaps(a, b)`
 * @param a the source document (titles of removed items, old positions)
 * @param b the target document
 */
export function describeDiff(diff: MapDiff, a: MapDocument, b: MapDocument): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  const fieldEntries = (
    base: Omit<ChangeEntry, 'kind' | 'field' | 'before' | 'after'>,
    fields: readonly FieldChange[],
    skip?: ReadonlySet<string>,
  ) => {
    for (const f of fields) {
      if (skip?.has(f.field)) continue;
      const kind = TITLE_FIELD[base.itemType] === f.field ? 'renamed' : 'changed';
      entries.push({ ...base, kind, field: f.field, before: f.before, after: f.after });
    }
  };

  fieldEntries({ stageId: null, itemType: 'map', itemId: b.map.id, title: b.map.name }, diff.map);

  // Stages.
  for (const s of diff.stages.added) entries.push(simple('added', 'stage', s.id, s.id, s.name));
  for (const s of diff.stages.removed) entries.push(simple('removed', 'stage', s.id, s.id, s.name));
  for (const c of diff.stages.changed) {
    fieldEntries({ stageId: c.id, itemType: 'stage', itemId: c.id, title: c.after.name }, c.fields);
  }
  pushReordered(entries, 'stage', diff.stages.order, b.map.stages);

  // Lanes.
  for (const l of diff.lanes.added) entries.push(simple('added', 'lane', null, l.id, l.name));
  for (const l of diff.lanes.removed) entries.push(simple('removed', 'lane', null, l.id, l.name));
  for (const c of diff.lanes.changed) {
    fieldEntries({ stageId: null, itemType: 'lane', itemId: c.id, title: c.after.name }, c.fields);
  }
  pushReordered(entries, 'lane', diff.lanes.order, b.map.lanes);

  // Cards.
  for (const card of diff.cards.added) {
    entries.push({ ...simple('added', 'card', card.stageId, card.id, card.title), cardKind: card.kind });
  }
  for (const card of diff.cards.removed) {
    entries.push({ ...simple('removed', 'card', card.stageId, card.id, card.title), cardKind: card.kind });
  }
  for (const c of diff.cards.changed) {
    // A card shifted within its cell (another card was dropped before it) did not change.
    if (isReorderOnly(c)) continue;
    const base = { stageId: c.after.stageId, itemType: 'card' as const, itemId: c.id, title: c.after.title };
    if (c.moved)
      entries.push({ ...base, cardKind: c.after.kind, kind: 'moved', before: c.from, after: c.to });
    const before = entries.length;
    fieldEntries(base, c.fields, PLACE_FIELDS);
    for (let i = before; i < entries.length; i++) (entries[i] as ChangeEntry).cardKind = c.after.kind;
  }

  // Connections belong to their source card's stage.
  const cardsA = new Map(a.map.cards.map((card) => [card.id, card]));
  const cardsB = new Map(b.map.cards.map((card) => [card.id, card]));
  const connectionBase = (k: Connection, cards: ReadonlyMap<Id, Card>) => ({
    stageId: cards.get(k.sourceId)?.stageId ?? null,
    itemType: 'connection' as const,
    itemId: k.id,
    title: k.label,
    endpoints: {
      source: cards.get(k.sourceId)?.title ?? k.sourceId,
      target: cards.get(k.targetId)?.title ?? k.targetId,
    },
  });
  for (const k of diff.connections.added) entries.push({ ...connectionBase(k, cardsB), kind: 'added' });
  for (const k of diff.connections.removed) entries.push({ ...connectionBase(k, cardsA), kind: 'removed' });
  for (const c of diff.connections.changed) fieldEntries(connectionBase(c.after, cardsB), c.fields);

  // Periods and metrics; a metric's title is its stage's name.
  for (const p of diff.periods.added) entries.push(simple('added', 'period', null, p.id, p.name));
  for (const p of diff.periods.removed) entries.push(simple('removed', 'period', null, p.id, p.name));
  for (const c of diff.periods.changed) {
    fieldEntries({ stageId: null, itemType: 'period', itemId: c.id, title: c.after.name }, c.fields);
  }
  const stageName = new Map<Id, string>();
  for (const s of a.map.stages) stageName.set(s.id, s.name);
  for (const s of b.map.stages) stageName.set(s.id, s.name);
  const metricBase = (m: { periodId: Id; stageId: Id }) => ({
    stageId: m.stageId,
    itemType: 'metric' as const,
    itemId: `${m.periodId}/${m.stageId}`,
    periodId: m.periodId,
    title: stageName.get(m.stageId) ?? m.stageId,
  });
  for (const m of diff.metrics.added) entries.push({ ...metricBase(m), kind: 'added' });
  for (const m of diff.metrics.removed) entries.push({ ...metricBase(m), kind: 'removed' });
  for (const c of diff.metrics.changed) fieldEntries(metricBase(c.after), c.fields);

  return groupByStage(entries, b.map.stages, a.map.stages);
}

function simple(
  kind: ChangeKind,
  itemType: ChangeItemType,
  stageId: Id | null,
  itemId: string,
  title: string,
) {
  return { stageId, kind, itemType, itemId, title } satisfies ChangeEntry;
}

function pushReordered(
  entries: ChangeEntry[],
  itemType: 'stage' | 'lane',
  order: OrderChange,
  rows: readonly { id: Id; name: string }[],
) {
  if (order === null) return;
  const names = new Map(rows.map((r) => [r.id, r.name]));
  for (const id of reorderedIds(order)) {
    entries.push({
      stageId: itemType === 'stage' ? id : null,
      kind: 'reordered',
      itemType,
      itemId: id,
      title: names.get(id) ?? id,
      before: order.before.indexOf(id),
      after: order.after.indexOf(id),
    });
  }
}

const TYPE_RANK: Record<ChangeItemType, number> = {
  map: 0,
  stage: 1,
  lane: 2,
  period: 3,
  card: 4,
  connection: 5,
  metric: 6,
};

/** Stable sort into groups: no stage, then b's stages, then stages only a has; by item type inside. */
function groupByStage(
  entries: ChangeEntry[],
  bStages: readonly Stage[],
  aStages: readonly Stage[],
): ChangeEntry[] {
  const rank = new Map<Id, number>();
  for (const s of bStages) rank.set(s.id, rank.size + 1);
  for (const s of aStages) if (!rank.has(s.id)) rank.set(s.id, rank.size + 1);
  const groupOf = (e: ChangeEntry) => (e.stageId === null ? 0 : (rank.get(e.stageId) ?? rank.size + 1));
  return entries
    .map((entry, i) => ({ entry, i, g: groupOf(entry), t: TYPE_RANK[entry.itemType] }))
    .sort((p, q) => p.g - q.g || p.t - q.t || p.i - q.i)
    .map((x) => x.entry);
}
