/**
 * Test-only map builders and assertions, for unit tests in shared/ and renderer/ and for the
 * integration tests, e2e seeding and benches in test/. Not exported from the package index.
 */
import type { Card, Connection, JourneyMap, Lane, LaneKind, Stage } from '../domain/journey-map';
import type { MapChangeSet } from '../domain/map-changes';
import type { Language } from '../domain/primitives';

/**
 * Valid journey maps for tests in one line, with deterministic ids (excalidraw's tests/helpers/api.ts
 * idea): `makeMap({ stages: 5, lanes: 3, cardsPerCell: 2 })`.
 *
 * Ids are `<idPrefix>-s<i>` (stages), `<idPrefix>-l<j>` (lanes), `<idPrefix>-c<i>-<j>-<k>` (cards),
 * `<idPrefix>-e<n>` (connections); an empty prefix gives the document tests' bare ids (`s0`, `l1`, `c-0-1-2`). Ids are
 * unique across a library, so give two maps in the same library different prefixes.
 *
 * The one map factory of the project: unit tests in shared/ and renderer/, integration tests, e2e
 * seeding and benches all build their maps here (it lives in shared/ because shared/ must not
 * import test/).
 */
export interface MakeMapOptions {
  stages?: number;
  lanes?: number;
  cardsPerCell?: number;
  /** Connections from each card to the next one in `cards` order (at most cards - 1). */
  connections?: number;
  name?: string;
  language?: Language;
  idPrefix?: string;
  /** Stops after this many cards (used by {@link makeLargeMap} for exact sizes). */
  maxCards?: number;
  /** The map's own id (default: `idPrefix`). */
  mapId?: string;
  /** Lane kinds in order, repeated (default: every kind once). */
  laneKinds?: LaneKind[];
  /** Every card a plain note without tags, whatever its lane (the document tests' maps). */
  plainNotes?: boolean;
}

export const FIXED_TIME = '2026-01-01T00:00:00.000Z';

const LANE_CYCLE: LaneKind[] = ['touchpoints', 'emotions', 'painPoints', 'opportunities', 'actions', 'notes'];

export function makeMap(options: MakeMapOptions = {}): JourneyMap {
  const {
    stages: stageCount = 3,
    lanes: laneCount = 3,
    cardsPerCell = 1,
    connections: connectionCount = 0,
    language = 'en',
    idPrefix = 'm',
    maxCards = Number.POSITIVE_INFINITY,
    laneKinds = LANE_CYCLE,
    plainNotes = false,
  } = options;
  const zh = language === 'zh-CN';
  const p = idPrefix === '' ? '' : `${idPrefix}-`;

  const stages: Stage[] = Array.from({ length: stageCount }, (_, i) => ({
    id: `${p}s${i}`,
    name: zh ? `阶段 ${i + 1}` : `Stage ${i + 1}`,
    description: '',
    goal: '',
    width: 320,
  }));
  const lanes: Lane[] = Array.from({ length: laneCount }, (_, j) => {
    const kind = laneKinds[j % laneKinds.length] ?? 'notes';
    return { id: `${p}l${j}`, name: zh ? `泳道 ${j + 1}` : `Lane ${j + 1}`, kind, height: 180 };
  });

  const cards: Card[] = [];
  fill: for (const [i, stage] of stages.entries()) {
    for (const [j, lane] of lanes.entries()) {
      for (let k = 0; k < cardsPerCell; k += 1) {
        if (cards.length >= maxCards) break fill;
        const kind = plainNotes ? 'notes' : lane.kind;
        const id = idPrefix === '' ? `c-${i}-${j}-${k}` : `${idPrefix}-c${i}-${j}-${k}`;
        cards.push(makeCard(kind, id, stage.id, lane.id, k, zh, !plainNotes));
      }
    }
  }

  const connections: Connection[] = [];
  for (let n = 0; n < Math.min(connectionCount, cards.length - 1); n += 1) {
    const source = cards[n];
    const target = cards[n + 1];
    if (source && target) {
      connections.push({ id: `${p}e${n}`, sourceId: source.id, targetId: target.id, label: `#${n}` });
    }
  }

  return {
    id: options.mapId ?? idPrefix,
    name: options.name ?? (zh ? `测试地图 ${idPrefix}` : `Test map ${idPrefix}`),
    description: '',
    language,
    personaIds: [],
    stages,
    lanes,
    cards,
    connections,
    createdAt: FIXED_TIME,
    updatedAt: FIXED_TIME,
  };
}

/** A map with exactly `cardCount` cards over 10 stages x 5 lanes, one connection per 10 cards. */
export function makeLargeMap(cardCount: number, idPrefix = 'big'): JourneyMap {
  return makeMap({
    stages: 10,
    lanes: 5,
    cardsPerCell: Math.max(1, Math.ceil(cardCount / 50)),
    maxCards: cardCount,
    connections: Math.floor(cardCount / 10),
    idPrefix,
    name: `Large map (${cardCount} cards)`,
  });
}

function makeCard(
  laneKind: LaneKind,
  id: string,
  stageId: string,
  laneId: string,
  order: number,
  zh: boolean,
  tagged: boolean,
): Card {
  const base = {
    id,
    stageId,
    laneId,
    order,
    x: null,
    y: null,
    title: zh ? `卡片 ${id}` : `Card ${id}`,
    text: '',
    tags: tagged && order % 2 === 0 ? ['test'] : [],
  };
  switch (laneKind) {
    case 'touchpoints':
      return { ...base, kind: 'touchpoint', channel: 'web' };
    case 'emotions':
      return { ...base, kind: 'emotion', score: (order % 5) - 2 };
    case 'painPoints':
      return { ...base, kind: 'painPoint', severity: (order % 3) + 1 };
    case 'opportunities':
      return { ...base, kind: 'opportunity', impact: 3, effort: 1 };
    default:
      return { ...base, kind: 'note' };
  }
}

/** Every stage, lane, card and connection of `map` as one change set that upserts them all. */
export function toChangeSet(map: JourneyMap): MapChangeSet {
  return {
    map: { description: map.description, personaIds: map.personaIds },
    upsert: { stages: map.stages, lanes: map.lanes, cards: map.cards, connections: map.connections },
    stageOrder: map.stages.map((s) => s.id),
    laneOrder: map.lanes.map((l) => l.id),
  };
}

export interface TestMapOptions {
  id?: string;
  stages?: number;
  lanes?: number;
  cardsPerCell?: number;
}

/**
 * The document tests' map: stages `s0..`, lanes `l0..` (actions, emotions, ...) and plain note cards
 * `c-<stage>-<lane>-<i>` in every cell, with dense orders. Ids are predictable so tests can name cards.
 */
export function testMap({
  id = 'map1',
  stages = 3,
  lanes = 2,
  cardsPerCell = 2,
}: TestMapOptions = {}): JourneyMap {
  return makeMap({
    mapId: id,
    idPrefix: '',
    name: 'Test map',
    stages,
    lanes,
    cardsPerCell,
    laneKinds: ['actions', 'emotions'],
    plainNotes: true,
  });
}

/** Freezes a value and everything inside it, so a test fails if an operation mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The ids of a cell's cards in display order, e.g. `['c-0-0-0', 'c-0-0-1']`. */
export function cellIds(map: JourneyMap, stageId: string, laneId: string): string[] {
  return map.cards
    .filter((c) => c.stageId === stageId && c.laneId === laneId)
    .sort((a, b) => a.order - b.order)
    .map((c) => c.id);
}

/** The orders of a cell's cards, sorted; dense means `[0, 1, ..., n-1]`. */
export function cellOrders(map: JourneyMap, stageId: string, laneId: string): number[] {
  return map.cards
    .filter((c) => c.stageId === stageId && c.laneId === laneId)
    .map((c) => c.order)
    .sort((a, b) => a - b);
}

/** Calls `fn` and returns the thrown ApiError's code and path, or fails when nothing is thrown. */
export function thrownError(fn: () => unknown): { code: string; path: string | undefined; message: string } {
  try {
    fn();
  } catch (error) {
    const e = error as { code?: string; path?: string; message: string; name?: string };
    if (e.name !== 'ApiError') throw error;
    return { code: e.code ?? '', path: e.path, message: e.message };
  }
  throw new Error('expected an ApiError, but nothing was thrown');
}
