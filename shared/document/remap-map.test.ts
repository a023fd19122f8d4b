import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MetricPeriodSchema,
  StageMetricSchema,
  type Card,
  type JourneyMap,
  type MetricPeriod,
  type StageMetric,
} from '../domain';
import { copyName } from './copy-name';
import { IdTable } from './id-table';
import { copyMapContent, remapContent, remapMap, remapSnapshot, samePersona } from './remap-map';
import { deepFreeze, testMap } from './test-map';

/** New ids `n1, n2, ...` in the order they are asked for. */
const counter = (): (() => string) => {
  let n = 0;
  return () => `n${++n}`;
};

// The schemas fill every other field with its default.
const period = (id: string): MetricPeriod =>
  MetricPeriodSchema.parse({
    id,
    mapId: 'map1',
    name: `Period ${id}`,
    createdAt: '2025-01-01T00:00:00.000Z',
  });
const metric = (periodId: string, stageId: string, count: number): StageMetric =>
  StageMetricSchema.parse({ periodId, stageId, count });

const personaCard = (id: string, personaId: string): Card => ({
  id,
  kind: 'persona',
  stageId: 's0',
  laneId: 'l0',
  order: 9,
  x: null,
  y: null,
  title: '',
  text: '',
  tags: [],
  personaId,
});

/** A small map with two connections, one of which joins a card that is not in the map. */
function mapWithConnections(): JourneyMap {
  const map = testMap({ stages: 2, lanes: 1, cardsPerCell: 1 });
  return {
    ...map,
    connections: [
      { id: 'k1', sourceId: 'c-0-0-0', targetId: 'c-1-0-0', label: 'then' },
      { id: 'k2', sourceId: 'c-0-0-0', targetId: 'ghost', label: '' },
    ],
  };
}

describe('remapMap', () => {
  it('gives everything a new id and points every reference at the new ids', () => {
    const map = deepFreeze(mapWithConnections());
    const { map: copy } = remapMap(map, { items: new IdTable(counter()), persona: samePersona });
    const oldIds = new Set([map.id, ...map.stages.map((s) => s.id), ...map.cards.map((c) => c.id)]);
    expect(
      [copy.id, ...copy.stages.map((s) => s.id), ...copy.cards.map((c) => c.id)].some((id) => oldIds.has(id)),
    ).toBe(false);
    const [first, second] = copy.cards;
    expect(first).toMatchObject({ stageId: copy.stages[0]!.id, laneId: copy.lanes[0]!.id });
    expect(second).toMatchObject({ stageId: copy.stages[1]!.id, laneId: copy.lanes[0]!.id });
    expect(copy.connections).toEqual([
      { id: expect.any(String), originId: 'k1', sourceId: first!.id, targetId: second!.id, label: 'then' },
    ]);
  });

  it('drops connections to cards outside the map and counts them (the one place that decides)', () => {
    const { map, droppedConnections } = remapMap(mapWithConnections(), {
      items: new IdTable(counter()),
      persona: samePersona,
    });
    expect(map.connections).toHaveLength(1);
    expect(droppedConnections).toBe(1);
  });

  it('frees a card whose stage or lane is not in the map instead of inventing one', () => {
    const base = testMap({ stages: 1, lanes: 1, cardsPerCell: 1 });
    const stray = { ...base.cards[0]!, id: 'stray', stageId: 'gone', laneId: 'gone-too' };
    const { map } = remapMap(
      { ...base, cards: [...base.cards, stray] },
      { items: new IdTable(), persona: samePersona },
    );
    expect(map.cards[1]).toMatchObject({ stageId: null, laneId: null, originId: 'stray' });
  });

  it('keeps lineage: a copy points at its original, a copy of a copy at the first original', () => {
    const map = testMap({ stages: 1, lanes: 1, cardsPerCell: 1 });
    const once = remapMap(map, { items: new IdTable(), persona: samePersona }).map;
    const twice = remapMap(once, { items: new IdTable(), persona: samePersona }).map;
    for (const copy of [once, twice]) {
      expect(copy.stages[0]?.originId).toBe('s0');
      expect(copy.lanes[0]?.originId).toBe('l0');
      expect(copy.cards[0]?.originId).toBe('c-0-0-0');
    }
  });

  it('translates persona references and removes those that become null', () => {
    const base = testMap({ stages: 1, lanes: 1, cardsPerCell: 0 });
    const map = {
      ...base,
      personaIds: ['p1', 'p2', 'p3'],
      cards: [personaCard('a', 'p1'), personaCard('b', 'p2')],
    };
    const persona = (id: string): string | null => ({ p1: 'q1', p3: 'q1' })[id] ?? null;
    const { map: moved } = remapMap(map, { items: new IdTable(), persona });
    expect(moved.personaIds).toEqual(['q1']);
    expect(moved.cards.map((c) => (c.kind === 'persona' ? c.personaId : undefined))).toEqual(['q1', null]);
  });
});

describe('remapContent and copies', () => {
  it('moves periods under the new map and keeps only the numbers of its periods and stages', () => {
    const map = testMap({ stages: 2, lanes: 1, cardsPerCell: 0 });
    const content = {
      map,
      periods: [period('P1')],
      metrics: [
        metric('P1', 's0', 10),
        metric('P1', 's1', 4),
        metric('P1', 'gone', 1),
        metric('P9', 's0', 2),
      ],
    };
    const out = remapContent(deepFreeze(content), { items: new IdTable(counter()), persona: samePersona });
    expect(out.periods).toEqual([{ ...period('P1'), id: expect.any(String), mapId: out.map.id }]);
    expect(out.metrics).toEqual([
      metric(out.periods[0]!.id, out.map.stages[0]!.id, 10),
      metric(out.periods[0]!.id, out.map.stages[1]!.id, 4),
    ]);
  });

  it('copies a map as a new one named and dated as asked, with the same personas', () => {
    const base = testMap({ stages: 1, lanes: 1, cardsPerCell: 0 });
    const map = { ...base, personaIds: ['p1'], cards: [personaCard('a', 'p1')] };
    const now = '2026-02-02T00:00:00.000Z';
    const copy = copyMapContent({ map, periods: [], metrics: [] }, { name: copyName(map.name, 'en'), now });
    expect(copy.map).toMatchObject({
      name: 'Test map (copy)',
      createdAt: now,
      updatedAt: now,
      personaIds: ['p1'],
    });
    expect(copy.map.cards[0]).toMatchObject({ personaId: 'p1', originId: 'a' });
  });

  it('translates a version with the same table as its map, so rows keep their new ids across both', () => {
    const map = testMap({ stages: 1, lanes: 1, cardsPerCell: 1 });
    const items = new IdTable(counter());
    const current = remapMap(map, { items, persona: samePersona }).map;
    const version = remapSnapshot(
      { map, personas: [], periods: [period('P1')], metrics: [metric('P1', 's0', 3)] },
      { items, persona: () => null },
      current.id,
    );
    expect(version.map.id).toBe(current.id);
    expect(version.map.cards[0]?.id).toBe(current.cards[0]?.id);
    expect(version.periods[0]?.mapId).toBe(current.id);
    expect(version.metrics[0]?.stageId).toBe(current.stages[0]?.id);
  });
});

describe('remapMap properties', () => {
  const arbitraryMap = fc
    .record({
      stages: fc.integer({ min: 0, max: 4 }),
      lanes: fc.integer({ min: 0, max: 3 }),
      cardsPerCell: fc.integer({ min: 0, max: 2 }),
      links: fc.array(fc.tuple(fc.nat(12), fc.nat(12)), { maxLength: 8 }),
    })
    .map(({ links, ...size }): JourneyMap => {
      const map = testMap(size);
      // Indexes past the last card name cards that are not there: dangling connections.
      const cardId = (i: number): string => map.cards[i]?.id ?? `missing-${i}`;
      const connections = links.map(([s, t], i) => ({
        id: `k${i}`,
        sourceId: cardId(s),
        targetId: cardId(t),
        label: '',
      }));
      return { ...map, connections };
    });

  it('preserves structure, keeps references inside the map, sets lineage and never reuses an id', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const { map: copy, droppedConnections } = remapMap(deepFreeze(map), {
          items: new IdTable(),
          persona: samePersona,
        });
        expect(copy.stages.map((s) => s.name)).toEqual(map.stages.map((s) => s.name));
        expect(copy.lanes.map((l) => l.name)).toEqual(map.lanes.map((l) => l.name));
        expect(copy.cards.map((c) => c.title)).toEqual(map.cards.map((c) => c.title));

        const cardIds = new Set(copy.cards.map((c) => c.id));
        const stageIds = new Set(copy.stages.map((s) => s.id));
        const laneIds = new Set(copy.lanes.map((l) => l.id));
        for (const card of copy.cards) {
          expect(card.stageId === null || stageIds.has(card.stageId)).toBe(true);
          expect(card.laneId === null || laneIds.has(card.laneId)).toBe(true);
        }
        for (const c of copy.connections)
          expect(cardIds.has(c.sourceId) && cardIds.has(c.targetId)).toBe(true);

        const kept = map.connections.filter(
          (c) => map.cards.some((x) => x.id === c.sourceId) && map.cards.some((x) => x.id === c.targetId),
        );
        expect(copy.connections.map((c) => c.originId)).toEqual(kept.map((c) => c.id));
        expect(droppedConnections).toBe(map.connections.length - kept.length);

        const rows = [...copy.stages, ...copy.lanes, ...copy.cards];
        const originals = [...map.stages, ...map.lanes, ...map.cards];
        expect(rows.map((r) => r.originId)).toEqual(originals.map((r) => r.id));
        const newIds = [copy.id, ...rows.map((r) => r.id), ...copy.connections.map((c) => c.id)];
        expect(new Set(newIds).size).toBe(newIds.length);
        const oldIds = new Set([map.id, ...originals.map((r) => r.id), ...map.connections.map((c) => c.id)]);
        expect(newIds.some((id) => oldIds.has(id))).toBe(false);
      }),
    );
  });
});
