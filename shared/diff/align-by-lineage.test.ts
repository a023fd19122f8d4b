import { describe, expect, it } from 'vitest';
import type { Card, JourneyMap, Lane, MetricPeriod, Stage, StageMetric } from '../domain';
import { alignByLineage, compareDocuments, matchRows } from './align-by-lineage';
import type { FullMapDocument } from './types';
import { describeDiff } from './describe-diff';
import { metricDeltas, metricsOfPeriod } from './metric-deltas';

// One-line builders of valid rows, so each test states only what it is about.
const stage = (id: string, name: string, originId?: string): Stage => ({
  id,
  ...(originId ? { originId } : {}),
  name,
  description: '',
  goal: '',
  width: 320,
});
const lane = (id: string, name: string, originId?: string): Lane => ({
  id,
  ...(originId ? { originId } : {}),
  name,
  kind: 'opportunities',
  height: 180,
});
const opportunity = (
  id: string,
  title: string,
  stageId: string,
  laneId: string,
  order: number,
  originId?: string,
): Card => ({
  id,
  ...(originId ? { originId } : {}),
  kind: 'opportunity',
  impact: 2,
  effort: 2,
  stageId,
  laneId,
  order,
  x: null,
  y: null,
  title,
  text: '',
  tags: [],
});
const metric = (periodId: string, stageId: string, count: number): StageMetric => ({
  periodId,
  stageId,
  metricLabel: '',
  count,
  targetConversion: null,
  avgDaysInStage: null,
  lossReasons: '',
});
const period = (id: string, mapId: string): MetricPeriod => ({
  id,
  mapId,
  name: 'Q1',
  startDate: '2026-01-01',
  endDate: '2026-03-31',
  source: 'manual',
  provenance: null,
  createdAt: '2026-01-01T00:00:00.000Z',
});

/** The as-is map: three stages, one lane, three cards, one connection, funnel counts for Q1. */
function asIs(): FullMapDocument {
  const map: JourneyMap = {
    id: 'm',
    name: 'Support',
    description: '',
    language: 'en',
    personaIds: [],
    stages: [stage('aw', 'Awareness'), stage('de', 'Decision'), stage('lo', 'Loyalty')],
    lanes: [lane('op', 'Opportunities')],
    cards: [
      opportunity('faq', 'Better FAQ', 'aw', 'op', 0),
      opportunity('reply', 'Reply within one hour', 'de', 'op', 0),
      opportunity('club', 'Members club', 'lo', 'op', 0),
    ],
    connections: [{ id: 'k', sourceId: 'faq', targetId: 'reply', label: '' }],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  return {
    map,
    periods: [period('q1', 'm')],
    metrics: [metric('q1', 'aw', 1000), metric('q1', 'de', 400), metric('q1', 'lo', 100)],
  };
}

/** What duplicating the map does: new ids everywhere, each copied row remembering its original. */
function duplicate(doc: FullMapDocument, prefix = 'd-'): FullMapDocument {
  const id = (old: string) => `${prefix}${old}`;
  const origin = (row: { id: string; originId?: string | null }) => row.originId ?? row.id;
  const mapId = id(doc.map.id);
  return {
    map: {
      ...doc.map,
      id: mapId,
      name: `${doc.map.name} (copy)`,
      stages: doc.map.stages.map((s) => ({ ...s, id: id(s.id), originId: origin(s) })),
      lanes: doc.map.lanes.map((l) => ({ ...l, id: id(l.id), originId: origin(l) })),
      cards: doc.map.cards.map((c) => ({
        ...c,
        id: id(c.id),
        originId: origin(c),
        stageId: c.stageId === null ? null : id(c.stageId),
        laneId: c.laneId === null ? null : id(c.laneId),
      })),
      connections: doc.map.connections.map((k) => ({
        ...k,
        id: id(k.id),
        originId: origin(k),
        sourceId: id(k.sourceId),
        targetId: id(k.targetId),
      })),
    },
    periods: doc.periods.map((p) => ({ ...p, id: id(p.id), mapId })),
    metrics: doc.metrics.map((m) => ({ ...m, periodId: id(m.periodId), stageId: id(m.stageId) })),
  };
}

const card = (doc: FullMapDocument, id: string): Card => {
  const found = doc.map.cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
};

describe('compareDocuments: a map and its duplicate', () => {
  it('an untouched duplicate compares as equal', () => {
    const a = asIs();
    const { diff, b } = compareDocuments(a, duplicate(a));
    expect(describeDiff(diff, a, b)).toEqual([]);
  });

  it('one edit in the duplicate is exactly one entry, and every metric delta has numbers', () => {
    const a = asIs();
    const toBe = duplicate(a);
    card(toBe, 'd-reply').title = 'Reply within ten minutes';
    const { diff, b } = compareDocuments(a, toBe);
    const entries = describeDiff(diff, a, b);
    expect(entries.map((e) => [e.kind, e.itemType, e.itemId, e.before, e.after])).toEqual([
      ['renamed', 'card', 'reply', 'Reply within one hour', 'Reply within ten minutes'],
    ]);
    const deltas = metricDeltas(
      metricsOfPeriod(a.metrics, 'q1'),
      metricsOfPeriod(b.metrics ?? [], 'q1'),
      b.map.stages,
      a.map.stages,
    );
    expect(deltas.map((d) => [d.stageId, d.countBefore, d.countAfter, d.countDelta])).toEqual([
      ['aw', 1000, 1000, 0],
      ['de', 400, 400, 0],
      ['lo', 100, 100, 0],
    ]);
    expect(deltas.map((d) => d.conversionDeltaPoints)).toEqual([0, 0, null]);
  });

  it('a card dropped into a full cell of the duplicate is one move, not a move of the card pushed down', () => {
    const a = asIs();
    const toBe = duplicate(a);
    Object.assign(card(toBe, 'd-faq'), { stageId: 'd-de', order: 0 });
    card(toBe, 'd-reply').order = 1;
    const { diff, b } = compareDocuments(a, toBe);
    expect(describeDiff(diff, a, b).map((e) => [e.kind, e.itemId])).toEqual([['moved', 'faq']]);
  });

  it('siblings (two copies of one original) and a copy of a copy pair up by their shared origin', () => {
    const original = asIs();
    const first = duplicate(original, 'x-');
    const second = duplicate(original, 'y-');
    const grandchild = duplicate(first, 'z-');
    expect(grandchild.map.cards[0]?.originId).toBe('faq');
    for (const [a, b] of [
      [first, second],
      [original, grandchild],
      [second, grandchild],
    ] as const) {
      const compared = compareDocuments(a, b);
      expect(describeDiff(compared.diff, a, compared.b)).toEqual([]);
    }
  });

  it('a map name is no change between two maps, but a rename of one map still is', () => {
    const a = asIs();
    expect(compareDocuments(a, duplicate(a)).diff.map).toEqual([]);
    const renamed = { ...a, map: { ...a.map, name: 'Support 2026' } };
    expect(compareDocuments(a, renamed).diff.map).toEqual([
      { field: 'name', before: 'Support', after: 'Support 2026' },
    ]);
  });

  it('added and removed rows of the duplicate are reported as such', () => {
    const a = asIs();
    const toBe = duplicate(a);
    toBe.map.cards = toBe.map.cards.filter((c) => c.id !== 'd-club');
    toBe.map.cards.push(opportunity('new', 'Chat bot', 'd-aw', 'd-op', 1));
    const { diff, b } = compareDocuments(a, toBe);
    expect(describeDiff(diff, a, b).map((e) => [e.kind, e.itemId])).toEqual([
      ['added', 'new'],
      ['removed', 'club'],
    ]);
  });
});

describe('alignByLineage: maps without lineage and odd cases', () => {
  it('pairs stages and lanes by name, cards by kind, stage name, lane name and title', () => {
    const a = asIs();
    const other = duplicate(a, 'o-');
    // Made by hand in another map: no lineage at all, names in another case and spacing.
    for (const row of [...other.map.stages, ...other.map.lanes, ...other.map.cards, ...other.map.connections])
      delete row.originId;
    (other.map.stages[1] as Stage).name = '  decision ';
    const aligned = alignByLineage(a, other);
    expect(aligned.map.stages.map((s) => s.id)).toEqual(['aw', 'de', 'lo']);
    expect(aligned.map.cards.map((c) => [c.id, c.stageId, c.laneId])).toEqual([
      ['faq', 'aw', 'op'],
      ['reply', 'de', 'op'],
      ['club', 'lo', 'op'],
    ]);
    // The connection's ends paired up, so the connection did too.
    expect(aligned.map.connections.map((k) => k.id)).toEqual(['k']);
    // The metric period pairs up by name and dates; belonging to another map is no change.
    expect(aligned.periods?.map((p) => [p.id, p.mapId])).toEqual([['q1', 'm']]);
    expect(aligned.metrics?.map((m) => `${m.periodId}/${m.stageId}`)).toEqual(['q1/aw', 'q1/de', 'q1/lo']);
    const { diff } = compareDocuments(a, other);
    expect(diff.stages.changed.map((c) => c.fields)).toEqual([
      [{ field: 'name', before: 'Decision', after: '  decision ' }],
    ]);
  });

  it('lineage beats the id, and a row whose id is taken by a paired row gets another one', () => {
    // b's "reply" was copied from a's "faq"; b's own "faq" is new. Neither may merge with the other.
    const a = asIs();
    const b = asIs();
    b.map.cards = [
      { ...card(b, 'faq'), id: 'reply', originId: 'faq' },
      opportunity('faq', 'Something else', 'lo', 'op', 1),
    ];
    b.map.connections = [];
    const aligned = alignByLineage(a, b);
    expect(aligned.map.cards.map((c) => c.id)).toEqual(['faq', 'faq-b1']);
    const { diff } = compareDocuments(a, b);
    expect(diff.cards.added.map((c) => c.title)).toEqual(['Something else']);
    expect(diff.cards.removed.map((c) => c.title)).toEqual(['Reply within one hour', 'Members club']);
  });

  it('matchRows pairs each row at most once, first with first for equal keys', () => {
    const rows = (...ids: string[]) => ids.map((id) => ({ id, key: 'same' }));
    const pairs = matchRows(rows('a1', 'a2'), rows('b1', 'b2', 'b3'), (r) => r.key);
    expect([...pairs]).toEqual([
      ['b1', 'a1'],
      ['b2', 'a2'],
    ]);
  });

  it('a document and its own version align to themselves', () => {
    const a = asIs();
    expect(alignByLineage(a, a)).toEqual(a);
  });
});
