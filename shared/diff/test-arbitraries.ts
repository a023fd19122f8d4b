// fast-check arbitraries for map documents and random edits of them, for property tests of anything
// that reads or writes maps (diff, change sets, layout). Test-only: nothing outside tests imports it.
import fc from 'fast-check';
import {
  CARD_KINDS,
  CHANNELS,
  LANE_KINDS,
  type Card,
  type CardKind,
  type Connection,
  type JourneyMap,
  type Lane,
  type MetricPeriod,
  type Stage,
  type StageMetric,
} from '../domain';
import type { FullMapDocument } from './types';
import type { CardPlace } from './types';

const TIME = '2026-01-01T00:00:00.000Z';
const MAP_ID = 'map1';

// Small value pools make equal values (and so unchanged fields) common, as in real edits.
const nameArb: fc.Arbitrary<string> = fc.constantFrom(
  'Awareness',
  'Consideration',
  'Intent',
  '认知',
  '购买',
  'Live chat',
  'Slow delivery',
);
const textArb: fc.Arbitrary<string> = fc.constantFrom('', 'Why it matters', '客户流失');
const tagsArb = fc.array(fc.constantFrom('vip', 'b2b', '线上'), { maxLength: 3 });
const coordArb = fc.integer({ min: -2_000, max: 2_000 });

export const stageArb = (id: string): fc.Arbitrary<Stage> =>
  fc.record({
    id: fc.constant(id),
    name: nameArb,
    description: textArb,
    goal: textArb,
    width: fc.constantFrom(320, 400),
  });

export const laneArb = (id: string): fc.Arbitrary<Lane> =>
  fc.record({
    id: fc.constant(id),
    name: nameArb,
    kind: fc.constantFrom(...LANE_KINDS),
    height: fc.constantFrom(180, 240),
  });

/** The fields only one card kind has, with random values. */
const kindFieldsArb = (kind: CardKind): fc.Arbitrary<Record<string, unknown>> => {
  switch (kind) {
    case 'persona':
      return fc.record({ personaId: fc.constantFrom(null, 'p1', 'p2') });
    case 'touchpoint':
      return fc.record({ channel: fc.constantFrom(...CHANNELS) });
    case 'emotion':
      return fc.record({ score: fc.integer({ min: -2, max: 2 }) });
    case 'painPoint':
      return fc.record({ severity: fc.integer({ min: 1, max: 3 }) });
    case 'opportunity':
      return fc.record({ impact: fc.integer({ min: 1, max: 3 }), effort: fc.integer({ min: 1, max: 3 }) });
    case 'note':
    case 'action':
    case 'thought':
      return fc.constant({});
  }
};

/** Picks an element by an arbitrary natural number (fast-check shrinks it towards the first). */
const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

/** A place: a cell of the given stages x lanes, or a free position when `free` or there is no cell. */
const placeArb = fc.record({
  free: fc.boolean(),
  stagePick: fc.nat(),
  lanePick: fc.nat(),
  order: fc.nat({ max: 5 }),
  x: coordArb,
  y: coordArb,
});
type PlaceSeed = typeof placeArb extends fc.Arbitrary<infer P> ? P : never;

function placeOf(seed: PlaceSeed, stages: readonly Stage[], lanes: readonly Lane[]): CardPlace {
  const stage = pick(stages, seed.stagePick);
  const lane = pick(lanes, seed.lanePick);
  if (seed.free || !stage || !lane) {
    return { stageId: null, laneId: null, order: 0, x: seed.x, y: seed.y };
  }
  return { stageId: stage.id, laneId: lane.id, order: seed.order, x: null, y: null };
}

const cardSeedArb = fc.constantFrom(...CARD_KINDS).chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    extra: kindFieldsArb(kind),
    title: nameArb,
    text: textArb,
    tags: tagsArb,
  }),
);
type CardSeed = typeof cardSeedArb extends fc.Arbitrary<infer S> ? S : never;

function makeCard(id: string, seed: CardSeed, place: CardPlace): Card {
  return {
    id,
    ...place,
    title: seed.title,
    text: seed.text,
    tags: seed.tags,
    kind: seed.kind,
    ...seed.extra,
  } as Card;
}

const periodArb = (id: string): fc.Arbitrary<MetricPeriod> =>
  fc.record({
    id: fc.constant(id),
    mapId: fc.constant(MAP_ID),
    name: fc.constantFrom('Q1', 'Q2', '第三季度'),
    startDate: fc.constantFrom(null, '2026-01-01'),
    endDate: fc.constantFrom(null, '2026-03-31'),
    source: fc.constantFrom('manual', 'GA4'),
    provenance: fc.constant(null),
    createdAt: fc.constant(TIME),
  });

const metricValuesArb = fc.record({
  metricLabel: fc.constantFrom('', 'visits', '线索'),
  count: fc.option(fc.nat({ max: 100_000 }), { nil: null }),
  targetConversion: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  avgDaysInStage: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  lossReasons: textArb,
});

const idsArb = (prefix: string, max: number) =>
  fc.uniqueArray(fc.nat({ max: 40 }), { maxLength: max }).map((ns) => ns.map((n) => `${prefix}${n}`));

/**
 * A valid map document: stages, lanes, cards placed in existing cells or free, connections between
 * existing cards, metric periods and stage metrics of existing stages. Ids come from small pools
 * (`s0..s40`, `c0..c40`, ...) so two independent documents share many ids.
 */
export const mapDocumentArb: fc.Arbitrary<FullMapDocument> = fc
  .record({
    stageIds: idsArb('s', 6),
    laneIds: idsArb('l', 5),
    cardIds: idsArb('c', 25),
    periodIds: idsArb('q', 2),
  })
  .chain(({ stageIds, laneIds, cardIds, periodIds }) =>
    fc
      .record({
        name: nameArb,
        description: textArb,
        language: fc.constantFrom('en' as const, 'zh-CN' as const),
        personaIds: fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3'), { maxLength: 3 }),
        stages: fc.tuple(...stageIds.map(stageArb)),
        lanes: fc.tuple(...laneIds.map(laneArb)),
        cardSeeds: fc.tuple(...cardIds.map(() => fc.tuple(cardSeedArb, placeArb))),
        connectionSeeds: fc.array(fc.tuple(fc.nat({ max: 40 }), fc.nat(), fc.nat(), nameArb), {
          maxLength: 12,
        }),
        periods: fc.tuple(...periodIds.map(periodArb)),
        metricSeeds: fc.array(fc.tuple(fc.nat(), fc.nat(), metricValuesArb), { maxLength: 10 }),
      })
      .map((r): FullMapDocument => {
        const stages: Stage[] = r.stages;
        const lanes: Lane[] = r.lanes;
        const cards = r.cardSeeds.map(([seed, place], i) =>
          makeCard(cardIds[i] ?? `c${i}`, seed, placeOf(place, stages, lanes)),
        );
        const connections = new Map<string, Connection>();
        for (const [n, s, t, label] of r.connectionSeeds) {
          const source = pick(cards, s);
          const target = pick(cards, t);
          if (source && target)
            connections.set(`k${n}`, { id: `k${n}`, sourceId: source.id, targetId: target.id, label });
        }
        const metrics = new Map<string, StageMetric>();
        for (const [p, s, values] of r.metricSeeds) {
          const period = pick(r.periods, p);
          const stage = pick(stages, s);
          if (period && stage)
            metrics.set(`${period.id}/${stage.id}`, { periodId: period.id, stageId: stage.id, ...values });
        }
        const map: JourneyMap = {
          id: MAP_ID,
          name: r.name,
          description: r.description,
          language: r.language,
          personaIds: r.personaIds,
          stages,
          lanes,
          cards,
          connections: [...connections.values()],
          createdAt: TIME,
          updatedAt: TIME,
        };
        return { map, periods: r.periods, metrics: [...metrics.values()] };
      }),
  );

/** One random edit, the kind the editor, an import or a workshop makes. Indexes wrap around. */
const editArb = fc.oneof(
  fc.record({ op: fc.constant('renameMap' as const), name: nameArb, description: textArb }),
  fc.record({
    op: fc.constant('mapMeta' as const),
    language: fc.constantFrom('en' as const, 'zh-CN' as const),
    personaIds: fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3'), { maxLength: 3 }),
  }),
  fc
    .record({ op: fc.constant('addStage' as const), n: fc.nat({ max: 40 }), at: fc.nat() })
    .chain((e) => stageArb(`ns${e.n}`).map((stage) => ({ ...e, stage }))),
  fc.record({ op: fc.constant('removeStage' as const), at: fc.nat() }),
  // Moves a stage's cards elsewhere, then removes it: the save must keep those cards' connections.
  fc.record({ op: fc.constant('evacuateStage' as const), at: fc.nat(), place: placeArb }),
  fc.record({ op: fc.constant('editStage' as const), at: fc.nat(), name: nameArb, goal: textArb }),
  fc.record({ op: fc.constant('moveStage' as const), from: fc.nat(), to: fc.nat() }),
  fc
    .record({ op: fc.constant('addLane' as const), n: fc.nat({ max: 40 }), at: fc.nat() })
    .chain((e) => laneArb(`nl${e.n}`).map((lane) => ({ ...e, lane }))),
  fc.record({ op: fc.constant('removeLane' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('moveLane' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({
    op: fc.constant('addCard' as const),
    n: fc.nat({ max: 40 }),
    seed: cardSeedArb,
    place: placeArb,
  }),
  fc.record({ op: fc.constant('removeCard' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('editCard' as const),
    at: fc.nat(),
    title: nameArb,
    text: textArb,
    tags: tagsArb,
  }),
  fc.record({ op: fc.constant('retypeCard' as const), at: fc.nat(), seed: cardSeedArb }),
  fc.record({ op: fc.constant('moveCard' as const), at: fc.nat(), place: placeArb }),
  fc.record({
    op: fc.constant('connect' as const),
    n: fc.nat({ max: 40 }),
    s: fc.nat(),
    t: fc.nat(),
    label: nameArb,
  }),
  fc.record({ op: fc.constant('disconnect' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('setMetric' as const), p: fc.nat(), s: fc.nat(), values: metricValuesArb }),
  fc.record({ op: fc.constant('removeMetric' as const), at: fc.nat() }),
  fc
    .record({ op: fc.constant('addPeriod' as const), n: fc.nat({ max: 9 }) })
    .chain((e) => periodArb(`nq${e.n}`).map((period) => ({ ...e, period }))),
  fc.record({ op: fc.constant('removePeriod' as const), at: fc.nat() }),
);
export type MapEdit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

const without = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);
const insertAt = <T>(list: readonly T[], index: number, row: T): T[] => [
  ...list.slice(0, index),
  row,
  ...list.slice(index),
];

/** Applies one edit immutably, keeping the document valid (removing a stage removes its cards, ...). */
export function applyEdit(doc: FullMapDocument, edit: MapEdit): FullMapDocument {
  const { map } = doc;
  const withMap = (patch: Partial<JourneyMap>): FullMapDocument => ({ ...doc, map: { ...map, ...patch } });
  const dropCards = (gone: (card: Card) => boolean): FullMapDocument => {
    const removed = new Set(map.cards.filter(gone).map((c) => c.id));
    return {
      ...doc,
      map: {
        ...map,
        cards: map.cards.filter((c) => !removed.has(c.id)),
        connections: map.connections.filter((k) => !removed.has(k.sourceId) && !removed.has(k.targetId)),
      },
    };
  };
  const replaceCard = (at: number, card: Card) =>
    withMap({ cards: map.cards.map((c, i) => (i === at % map.cards.length ? card : c)) });

  switch (edit.op) {
    case 'renameMap':
      return withMap({ name: edit.name, description: edit.description });
    case 'mapMeta':
      return withMap({ language: edit.language, personaIds: edit.personaIds });
    case 'addStage':
      if (map.stages.some((s) => s.id === edit.stage.id)) return doc;
      return withMap({ stages: insertAt(map.stages, edit.at % (map.stages.length + 1), edit.stage) });
    case 'removeStage': {
      const stage = pick(map.stages, edit.at);
      if (!stage) return doc;
      const next = dropCards((c) => c.stageId === stage.id);
      return {
        ...next,
        map: { ...next.map, stages: map.stages.filter((s) => s.id !== stage.id) },
        metrics: doc.metrics.filter((m) => m.stageId !== stage.id),
      };
    }
    case 'evacuateStage': {
      const stage = pick(map.stages, edit.at);
      if (!stage) return doc;
      const stages = map.stages.filter((s) => s.id !== stage.id);
      const target = placeOf(edit.place, stages, map.lanes);
      return {
        ...doc,
        map: {
          ...map,
          stages,
          cards: map.cards.map((c) => (c.stageId === stage.id ? { ...c, ...target } : c)),
        },
        metrics: doc.metrics.filter((m) => m.stageId !== stage.id),
      };
    }
    case 'editStage': {
      if (map.stages.length === 0) return doc;
      const i = edit.at % map.stages.length;
      return withMap({
        stages: map.stages.map((s, j) => (j === i ? { ...s, name: edit.name, goal: edit.goal } : s)),
      });
    }
    case 'moveStage':
    case 'moveLane': {
      const key = edit.op === 'moveStage' ? 'stages' : 'lanes';
      const rows: readonly (Stage | Lane)[] = map[key];
      if (rows.length === 0) return doc;
      const from = edit.from % rows.length;
      const row = rows[from] as Stage | Lane;
      return withMap({ [key]: insertAt(without(rows, from), edit.to % rows.length, row) });
    }
    case 'addLane':
      if (map.lanes.some((l) => l.id === edit.lane.id)) return doc;
      return withMap({ lanes: insertAt(map.lanes, edit.at % (map.lanes.length + 1), edit.lane) });
    case 'removeLane': {
      const lane = pick(map.lanes, edit.at);
      if (!lane) return doc;
      const next = dropCards((c) => c.laneId === lane.id);
      return { ...next, map: { ...next.map, lanes: map.lanes.filter((l) => l.id !== lane.id) } };
    }
    case 'addCard': {
      const id = `nc${edit.n}`;
      if (map.cards.some((c) => c.id === id)) return doc;
      return withMap({
        cards: [...map.cards, makeCard(id, edit.seed, placeOf(edit.place, map.stages, map.lanes))],
      });
    }
    case 'removeCard': {
      const card = pick(map.cards, edit.at);
      return card ? dropCards((c) => c.id === card.id) : doc;
    }
    case 'editCard': {
      const card = pick(map.cards, edit.at);
      return card
        ? replaceCard(edit.at, { ...card, title: edit.title, text: edit.text, tags: edit.tags })
        : doc;
    }
    case 'retypeCard': {
      const card = pick(map.cards, edit.at);
      if (!card) return doc;
      return replaceCard(
        edit.at,
        makeCard(
          card.id,
          { ...edit.seed, title: card.title },
          { stageId: card.stageId, laneId: card.laneId, order: card.order, x: card.x, y: card.y },
        ),
      );
    }
    case 'moveCard': {
      const card = pick(map.cards, edit.at);
      return card ? replaceCard(edit.at, { ...card, ...placeOf(edit.place, map.stages, map.lanes) }) : doc;
    }
    case 'connect': {
      const source = pick(map.cards, edit.s);
      const target = pick(map.cards, edit.t);
      const id = `nk${edit.n}`;
      if (!source || !target || map.connections.some((k) => k.id === id)) return doc;
      return withMap({
        connections: [
          ...map.connections,
          { id, sourceId: source.id, targetId: target.id, label: edit.label },
        ],
      });
    }
    case 'disconnect': {
      if (map.connections.length === 0) return doc;
      return withMap({ connections: without(map.connections, edit.at % map.connections.length) });
    }
    case 'setMetric': {
      const period = pick(doc.periods, edit.p);
      const stage = pick(map.stages, edit.s);
      if (!period || !stage) return doc;
      const metric: StageMetric = { periodId: period.id, stageId: stage.id, ...edit.values };
      const others = doc.metrics.filter((m) => m.periodId !== period.id || m.stageId !== stage.id);
      return { ...doc, metrics: [...others, metric] };
    }
    case 'removeMetric':
      return doc.metrics.length === 0
        ? doc
        : { ...doc, metrics: without(doc.metrics, edit.at % doc.metrics.length) };
    case 'addPeriod':
      if (doc.periods.some((p) => p.id === edit.period.id)) return doc;
      return { ...doc, periods: [...doc.periods, edit.period] };
    case 'removePeriod': {
      const period = pick(doc.periods, edit.at);
      if (!period) return doc;
      return {
        ...doc,
        periods: doc.periods.filter((p) => p.id !== period.id),
        metrics: doc.metrics.filter((m) => m.periodId !== period.id),
      };
    }
  }
}

/** A list of random edits. */
export const editsArb = fc.array(editArb, { maxLength: 12 });

/** A document and an edited copy of it: `[a, b]`. Unedited rows are shared between the two, as in the editor. */
export const editedPairArb: fc.Arbitrary<[FullMapDocument, FullMapDocument]> = fc
  .tuple(mapDocumentArb, editsArb)
  .map(([a, edits]) => [a, edits.reduce(applyEdit, a)]);

/** Two documents generated independently from the same id pools: large, overlapping differences. */
export const unrelatedPairArb = fc.tuple(mapDocumentArb, mapDocumentArb);
