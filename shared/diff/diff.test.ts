import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import type { Card, JourneyMap, Lane, MetricPeriod, Stage, StageMetric } from '../domain';
import { applyChangeSet } from './test-apply-change-set';
import { applyDiff } from './test-apply-diff';
import { canonicalMapDocument } from './canonical';
import { changeSetFromDiff } from './change-set';
import { describeDiff, reorderedIds } from './describe-diff';
import { diffMaps, isReorderOnly } from './diff-maps';
import { isEmptyDiff } from './empty-diff';
import { biggestLeakMoved, metricDeltas } from './metric-deltas';
import type { FullMapDocument } from './types';

// One-line builders of valid rows, so each test states only what it is about.
const stage = (id: string, name = id): Stage => ({ id, name, description: '', goal: '', width: 320 });
const lane = (id: string, name = id): Lane => ({ id, name, kind: 'touchpoints', height: 180 });
const touchpoint = (
  id: string,
  title: string,
  stageId: string | null,
  laneId: string | null,
  order = 0,
): Card => ({
  id,
  kind: 'touchpoint',
  channel: 'web',
  stageId,
  laneId,
  order,
  x: null,
  y: null,
  title,
  text: '',
  tags: [],
});
const painPoint = (id: string, title: string, stageId: string, laneId: string, severity: number): Card => ({
  id,
  kind: 'painPoint',
  severity,
  stageId,
  laneId,
  order: 0,
  x: null,
  y: null,
  title,
  text: '',
  tags: [],
});
const metric = (periodId: string, stageId: string, count: number | null): StageMetric => ({
  periodId,
  stageId,
  metricLabel: '',
  count,
  targetConversion: null,
  avgDaysInStage: null,
  lossReasons: '',
});
const period: MetricPeriod = {
  id: 'q1',
  mapId: 'm',
  name: 'Q1',
  startDate: null,
  endDate: null,
  source: 'manual',
  provenance: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};

function baseDoc(): FullMapDocument {
  const map: JourneyMap = {
    id: 'm',
    name: 'Checkout',
    description: '',
    language: 'en',
    personaIds: [],
    stages: [stage('aw', 'Awareness'), stage('co', 'Consideration'), stage('in', 'Intent')],
    lanes: [lane('tp', 'Touchpoints'), lane('pp', 'Pain points')],
    cards: [
      touchpoint('ads', 'Search ads', 'aw', 'tp'),
      painPoint('slow', 'Slow delivery', 'in', 'pp', 2),
      touchpoint('mail', 'Newsletter', 'co', 'tp'),
    ],
    connections: [{ id: 'k1', sourceId: 'ads', targetId: 'mail', label: '' }],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  return {
    map,
    periods: [period],
    metrics: [metric('q1', 'aw', 1000), metric('q1', 'co', 400), metric('q1', 'in', 100)],
  };
}

/** A copy of the base document with `edit` applied to a deep copy of it. */
function edited(edit: (doc: FullMapDocument) => void): FullMapDocument {
  const doc = JSON.parse(JSON.stringify(baseDoc())) as FullMapDocument;
  edit(doc);
  return doc;
}

const roundTrips = (a: FullMapDocument, b: FullMapDocument) =>
  expect(canonicalMapDocument(applyDiff(a, diffMaps(a, b)))).toEqual(canonicalMapDocument(b));

describe('diffMaps: each kind of change', () => {
  it('reports an added card, in its stage, and the change set upserts only it', () => {
    const a = baseDoc();
    const b = edited((d) => d.map.cards.push(touchpoint('chat', 'Live chat', 'co', 'tp', 1)));
    const diff = diffMaps(a, b);
    expect(diff.cards.added.map((c) => c.id)).toEqual(['chat']);
    expect(diff.cards.changed).toEqual([]);
    expect(changeSetFromDiff(diff)).toEqual({ upsert: { cards: [b.map.cards[3]] } });
    expect(describeDiff(diff, a, b)).toEqual([
      {
        stageId: 'co',
        kind: 'added',
        itemType: 'card',
        itemId: 'chat',
        cardKind: 'touchpoint',
        title: 'Live chat',
      },
    ]);
    roundTrips(a, b);
  });

  it('reports a removed card and its connection', () => {
    const a = baseDoc();
    const b = edited((d) => {
      d.map.cards = d.map.cards.filter((c) => c.id !== 'ads');
      d.map.connections = [];
    });
    const diff = diffMaps(a, b);
    expect(diff.cards.removed.map((c) => c.id)).toEqual(['ads']);
    expect(diff.connections.removed.map((c) => c.id)).toEqual(['k1']);
    expect(changeSetFromDiff(diff)).toEqual({ remove: { cardIds: ['ads'], connectionIds: ['k1'] } });
    expect(describeDiff(diff, a, b).find((e) => e.itemType === 'connection')).toEqual({
      stageId: 'aw',
      kind: 'removed',
      itemType: 'connection',
      itemId: 'k1',
      title: '',
      endpoints: { source: 'Search ads', target: 'Newsletter' },
    });
    roundTrips(a, b);
  });

  it('reports an edited field with before and after, and nothing else', () => {
    const a = baseDoc();
    const b = edited((d) => {
      const slow = d.map.cards[1] as Card & { severity: number };
      slow.severity = 3;
    });
    const diff = diffMaps(a, b);
    expect(diff.cards.changed).toHaveLength(1);
    expect(diff.cards.changed[0]).toMatchObject({
      id: 'slow',
      moved: false,
      fields: [{ field: 'severity', before: 2, after: 3 }],
    });
    expect(describeDiff(diff, a, b)).toEqual([
      {
        stageId: 'in',
        kind: 'changed',
        itemType: 'card',
        itemId: 'slow',
        cardKind: 'painPoint',
        title: 'Slow delivery',
        field: 'severity',
        before: 2,
        after: 3,
      },
    ]);
    roundTrips(a, b);
  });

  it('the change set of a card whose title changed carries only the title (per-field last write wins)', () => {
    const a = baseDoc();
    const b = edited((d) => ((d.map.cards[2] as Card).title = 'Weekly newsletter'));
    const changes = changeSetFromDiff(diffMaps(a, b));
    expect(changes.upsert?.cardFields).toEqual({ mail: ['title'] });
    // Meanwhile another writer (a workshop participant) changed the card's text: the save keeps it.
    const meanwhile = edited((d) => ((d.map.cards[2] as Card).text = 'Written by a participant'));
    const stored = applyChangeSet(meanwhile.map, changes).cards.find((c) => c.id === 'mail');
    expect(stored).toMatchObject({ title: 'Weekly newsletter', text: 'Written by a participant' });
  });

  it('a moved card carries its place fields only; a card whose kind changed and an added card go whole', () => {
    const a = baseDoc();
    const b = edited((d) => {
      Object.assign(d.map.cards[0] as Card, { stageId: 'co', order: 1 });
      d.map.cards[1] = { ...(d.map.cards[1] as Card), kind: 'note' } as Card;
      delete (d.map.cards[1] as { severity?: number }).severity;
      d.map.cards.push(touchpoint('chat', 'Live chat', 'in', 'tp'));
    });
    const changes = changeSetFromDiff(diffMaps(a, b));
    expect(changes.upsert?.cardFields).toEqual({ ads: ['stageId', 'order'] });
    expect(changes.upsert?.cards?.map((c) => c.id)).toEqual(['chat', 'ads', 'slow']);
    expect(applyChangeSet(a.map, changes).cards).toEqual(b.map.cards);
  });

  it('compares tags element by element', () => {
    const a = edited((d) => ((d.map.cards[0] as Card).tags = ['vip', 'b2b']));
    const same = edited((d) => ((d.map.cards[0] as Card).tags = ['vip', 'b2b']));
    const swapped = edited((d) => ((d.map.cards[0] as Card).tags = ['b2b', 'vip']));
    expect(isEmptyDiff(diffMaps(a, same))).toBe(true);
    expect(diffMaps(a, swapped).cards.changed[0]?.fields).toEqual([
      { field: 'tags', before: ['vip', 'b2b'], after: ['b2b', 'vip'] },
    ]);
  });

  it('flags a card moved to another cell, with from and to', () => {
    const a = baseDoc();
    const b = edited((d) => {
      const ads = d.map.cards[0] as Card;
      ads.stageId = 'co';
      ads.order = 1;
    });
    const change = diffMaps(a, b).cards.changed[0];
    expect(change).toMatchObject({
      id: 'ads',
      moved: true,
      from: { stageId: 'aw', laneId: 'tp', order: 0, x: null, y: null },
      to: { stageId: 'co', laneId: 'tp', order: 1, x: null, y: null },
    });
    const entries = describeDiff(diffMaps(a, b), a, b);
    // Only a move: the place fields are not repeated as "changed" entries.
    expect(entries).toEqual([
      {
        stageId: 'co',
        kind: 'moved',
        itemType: 'card',
        itemId: 'ads',
        cardKind: 'touchpoint',
        title: 'Search ads',
        before: change?.from,
        after: change?.to,
      },
    ]);
    roundTrips(a, b);
  });

  it('a card dropped into an occupied cell is the only entry: the card it pushed down did not move', () => {
    const a = baseDoc();
    // "Search ads" goes before "Newsletter" in Consideration · Touchpoints; Newsletter shifts to 1.
    const b = edited((d) => {
      Object.assign(d.map.cards[0] as Card, { stageId: 'co', order: 0 });
      (d.map.cards[2] as Card).order = 1;
    });
    const diff = diffMaps(a, b);
    const pushed = diff.cards.changed.find((c) => c.id === 'mail');
    expect(pushed?.fields).toEqual([{ field: 'order', before: 0, after: 1 }]);
    expect(pushed?.moved).toBe(false);
    expect(pushed && isReorderOnly(pushed)).toBe(true);
    const entries = describeDiff(diff, a, b);
    expect(entries.map((e) => [e.kind, e.itemId])).toEqual([['moved', 'ads']]);
    // Saving and applying stay exact: the new order is still in the diff.
    roundTrips(a, b);
  });

  it('a new position of a card in a cell is no move; of a free card it is', () => {
    const inCell = edited((d) => Object.assign(d.map.cards[0] as Card, { x: 10, y: 20 }));
    const change = diffMaps(baseDoc(), inCell).cards.changed[0];
    expect(change?.moved).toBe(false);
    expect(describeDiff(diffMaps(baseDoc(), inCell), baseDoc(), inCell)).toEqual([]);
    const free = (x: number) =>
      edited((d) => Object.assign(d.map.cards[0] as Card, { stageId: null, laneId: null, x, y: 0 }));
    const dragged = diffMaps(free(100), free(300));
    expect(dragged.cards.changed[0]?.moved).toBe(true);
    expect(describeDiff(dragged, free(100), free(300)).map((e) => e.kind)).toEqual(['moved']);
  });

  it('flags a card dragged off the grid to a free position as moved', () => {
    const a = baseDoc();
    const b = edited((d) =>
      Object.assign(d.map.cards[2] as Card, { stageId: null, laneId: null, x: 900, y: -40 }),
    );
    const change = diffMaps(a, b).cards.changed[0];
    expect(change?.moved).toBe(true);
    expect(change?.to).toEqual({ stageId: null, laneId: null, order: 0, x: 900, y: -40 });
  });

  it('reports a card whose kind changed with the kind-specific fields that came and went', () => {
    const a = baseDoc();
    const b = edited((d) => {
      d.map.cards[0] = { ...(d.map.cards[0] as Card), kind: 'emotion', score: -1 } as Card;
      delete (d.map.cards[0] as { channel?: string }).channel;
    });
    expect(diffMaps(a, b).cards.changed[0]?.fields).toEqual([
      { field: 'kind', before: 'touchpoint', after: 'emotion' },
      { field: 'channel', before: 'web', after: undefined },
      { field: 'score', before: undefined, after: -1 },
    ]);
    roundTrips(a, b);
  });

  it('reports a renamed stage as renamed', () => {
    const a = baseDoc();
    const b = edited((d) => ((d.map.stages[2] as Stage).name = 'Decision'));
    const diff = diffMaps(a, b);
    expect(diff.stages.order).toBeNull();
    expect(describeDiff(diff, a, b)).toEqual([
      {
        stageId: 'in',
        kind: 'renamed',
        itemType: 'stage',
        itemId: 'in',
        title: 'Decision',
        field: 'name',
        before: 'Intent',
        after: 'Decision',
      },
    ]);
    expect(changeSetFromDiff(diff)).toEqual({ upsert: { stages: [b.map.stages[2]] } });
  });

  it('reports reordered stages: the order, the stage that moved, and the complete order to save', () => {
    const a = baseDoc();
    const b = edited((d) => d.map.stages.reverse());
    const diff = diffMaps(a, b);
    expect(diff.stages.order).toEqual({ before: ['aw', 'co', 'in'], after: ['in', 'co', 'aw'] });
    expect(diff.stages.changed).toEqual([]);
    expect(changeSetFromDiff(diff)).toEqual({ stageOrder: ['in', 'co', 'aw'] });
    expect(describeDiff(diff, a, b).map((e) => [e.kind, e.itemId, e.before, e.after])).toEqual([
      ['reordered', 'in', 2, 0],
      ['reordered', 'co', 1, 1],
    ]);
    expect(applyDiff(a, diff).map.stages).toEqual(b.map.stages);
  });

  it('finds the one stage that moved when others only shifted', () => {
    expect(reorderedIds({ before: ['a', 'b', 'c', 'd'], after: ['b', 'c', 'd', 'a'] })).toEqual(['a']);
    expect(reorderedIds({ before: ['a', 'b'], after: ['a', 'b', 'c'] })).toEqual([]);
  });

  it('sends no stage order for a stage appended at the end, but does for one inserted in the middle', () => {
    const a = baseDoc();
    const appended = edited((d) => d.map.stages.push(stage('lo', 'Loyalty')));
    const inserted = edited((d) => d.map.stages.splice(1, 0, stage('lo', 'Loyalty')));
    expect(changeSetFromDiff(diffMaps(a, appended))).toEqual({
      upsert: { stages: [stage('lo', 'Loyalty')] },
    });
    expect(changeSetFromDiff(diffMaps(a, inserted)).stageOrder).toEqual(['aw', 'lo', 'co', 'in']);
    roundTrips(a, inserted);
  });

  it('keeps the connections of a card moved out of a stage removed in the same save', () => {
    // The backend removes first and the stage takes its cards (and their connections) with it, so
    // the change set must send those connections again, although they did not change.
    const a = baseDoc();
    const b = edited((d) => {
      (d.map.cards[0] as Card).stageId = 'co';
      d.map.stages = d.map.stages.filter((s) => s.id !== 'aw');
      d.metrics = d.metrics.filter((m) => m.stageId !== 'aw');
    });
    const changes = changeSetFromDiff(diffMaps(a, b), b.map);
    expect(changes.remove).toEqual({ stageIds: ['aw'] });
    expect(changes.upsert?.cards?.map((c) => c.id)).toEqual(['ads']);
    expect(changes.upsert?.connections).toEqual(b.map.connections);
    expect(canonicalMapDocument({ map: applyChangeSet(a.map, changes) })).toEqual(
      canonicalMapDocument({ map: b.map }),
    );
  });

  it('refuses to build that change set without the target map, rather than lose connections', () => {
    const a = baseDoc();
    const b = edited((d) => {
      (d.map.cards[0] as Card).stageId = 'co';
      d.map.stages = d.map.stages.filter((s) => s.id !== 'aw');
    });
    expect(() => changeSetFromDiff(diffMaps(a, b))).toThrow(/pass the target map/);
  });

  it('reports a changed metric count and a removed metric, keyed by period and stage', () => {
    const a = baseDoc();
    const b = edited((d) => {
      (d.metrics[1] as StageMetric).count = 500;
      d.metrics.pop();
    });
    const diff = diffMaps(a, b);
    expect(diff.metrics.changed).toEqual([
      {
        id: 'q1/co',
        before: metric('q1', 'co', 400),
        after: metric('q1', 'co', 500),
        fields: [{ field: 'count', before: 400, after: 500 }],
      },
    ]);
    expect(diff.metrics.removed).toEqual([metric('q1', 'in', 100)]);
    expect(describeDiff(diff, a, b).map((e) => [e.stageId, e.kind, e.itemType, e.title, e.field])).toEqual([
      ['co', 'changed', 'metric', 'Consideration', 'count'],
      ['in', 'removed', 'metric', 'Intent', undefined],
    ]);
    // Metrics are saved by their own operations, never through a map change set.
    expect(changeSetFromDiff(diff)).toEqual({});
    roundTrips(a, b);
  });

  it('reports map fields, and ignores identity and timestamps', () => {
    const a = baseDoc();
    const b = edited((d) => {
      d.map.name = '结账旅程';
      d.map.language = 'zh-CN';
      d.map.updatedAt = '2026-02-02T00:00:00.000Z';
    });
    const diff = diffMaps(a, b);
    expect(diff.map).toEqual([
      { field: 'name', before: 'Checkout', after: '结账旅程' },
      { field: 'language', before: 'en', after: 'zh-CN' },
    ]);
    expect(changeSetFromDiff(diff)).toEqual({ map: { name: '结账旅程', language: 'zh-CN' } });
    expect(applyDiff(a, diff).map.updatedAt).toBe(a.map.updatedAt);
  });

  it('treats missing periods and metrics as empty lists', () => {
    const a = baseDoc();
    const diff = diffMaps({ map: a.map }, a);
    expect(diff.periods.added).toEqual([period]);
    expect(diff.metrics.added).toHaveLength(3);
    expect(isEmptyDiff(diffMaps({ map: a.map }, { map: a.map, periods: [], metrics: [] }))).toBe(true);
  });

  it('groups the change list by stage in display order, no-stage entries first', () => {
    const a = baseDoc();
    const b = edited((d) => {
      d.map.cards.push(touchpoint('free', 'Sticky note', null, null));
      d.map.cards.push(touchpoint('shop', 'Shop', 'aw', 'tp', 1));
      (d.map.cards[1] as Card).title = 'Very slow delivery';
      d.map.lanes.push(lane('em', 'Emotions'));
    });
    expect(describeDiff(diffMaps(a, b), a, b).map((e) => [e.stageId, e.itemType, e.kind, e.itemId])).toEqual([
      [null, 'lane', 'added', 'em'],
      [null, 'card', 'added', 'free'],
      ['aw', 'card', 'added', 'shop'],
      ['in', 'card', 'renamed', 'slow'],
    ]);
  });
});

describe('applyDiff refuses a diff that does not fit', () => {
  it('throws a conflict naming the row when it was changed since', () => {
    const a = baseDoc();
    const b = edited((d) => ((d.map.cards[0] as Card).title = 'Paid search'));
    const diff = diffMaps(a, b);
    const meanwhile = edited((d) => ((d.map.cards[0] as Card).title = 'Display ads'));
    const attempt = () => applyDiff(meanwhile, diff);
    expect(attempt).toThrow(ApiError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'conflict', path: 'cards.ads' }) as Error);
  });

  it('throws a conflict when an added row already exists, and leaves the input untouched', () => {
    const a = baseDoc();
    const b = edited((d) => d.map.stages.push(stage('lo')));
    const diff = diffMaps(a, b);
    const snapshot = JSON.stringify(b);
    expect(() => applyDiff(b, diff)).toThrow(
      expect.objectContaining({ code: 'conflict', path: 'stages.lo' }) as Error,
    );
    expect(JSON.stringify(b)).toBe(snapshot);
  });
});

describe('metricDeltas', () => {
  const stages = [{ id: 'aw' }, { id: 'co' }, { id: 'in' }];

  it('gives each stage its count change and conversion change in points', () => {
    const before = [metric('q1', 'aw', 1000), metric('q1', 'co', 400), metric('q1', 'in', 100)];
    const after = [metric('q2', 'aw', 1000), metric('q2', 'co', 500), metric('q2', 'in', 100)];
    expect(metricDeltas(before, after, stages)).toEqual([
      {
        stageId: 'aw',
        countBefore: 1000,
        countAfter: 1000,
        countDelta: 0,
        conversionBefore: 40,
        conversionAfter: 50,
        conversionDeltaPoints: 10,
      },
      {
        stageId: 'co',
        countBefore: 400,
        countAfter: 500,
        countDelta: 100,
        conversionBefore: 25,
        conversionAfter: 20,
        conversionDeltaPoints: -5,
      },
      {
        stageId: 'in',
        countBefore: 100,
        countAfter: 100,
        countDelta: 0,
        conversionBefore: null,
        conversionAfter: null,
        conversionDeltaPoints: null,
      },
    ]);
  });

  it('is null-safe: unknown counts and zero counts give null, never NaN', () => {
    const rows = metricDeltas(
      [metric('q1', 'aw', 0), metric('q1', 'co', 10)],
      [metric('q2', 'aw', 5)],
      stages,
    );
    expect(rows[0]).toMatchObject({ countDelta: 5, conversionBefore: null, conversionAfter: null });
    expect(rows[1]).toMatchObject({ countBefore: 10, countAfter: null, countDelta: null });
    for (const row of rows) for (const v of Object.values(row)) expect(Number.isNaN(v)).toBe(false);
  });

  it('uses each side its own stage order, and lists stages only the older map has last', () => {
    const before = [metric('q1', 'aw', 1000), metric('q1', 'in', 100)];
    const after = [metric('q2', 'aw', 1000), metric('q2', 'co', 300)];
    const rows = metricDeltas(before, after, [{ id: 'aw' }, { id: 'co' }], [{ id: 'aw' }, { id: 'in' }]);
    expect(rows.map((r) => [r.stageId, r.conversionBefore, r.conversionAfter])).toEqual([
      ['aw', 10, 30],
      ['co', null, null],
      ['in', null, null],
    ]);
  });

  it('says where the biggest leak moved', () => {
    const before = [metric('q1', 'aw', 1000), metric('q1', 'co', 400), metric('q1', 'in', 100)];
    const after = [metric('q2', 'aw', 1000), metric('q2', 'co', 100), metric('q2', 'in', 80)];
    expect(biggestLeakMoved(metricDeltas(before, after, stages))).toEqual({
      before: 'co',
      after: 'aw',
      moved: true,
    });
    expect(biggestLeakMoved(metricDeltas(before, before, stages))).toEqual({
      before: 'co',
      after: 'co',
      moved: false,
    });
  });
});
