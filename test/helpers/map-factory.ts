import type { Handlers } from '../../shared/api';
import { callOperation } from './temp-library';
import type {
  Card,
  Connection,
  JourneyMap,
  Language,
  Lane,
  LaneKind,
  MapChangeSet,
  Stage,
} from '../../shared/domain';

/**
 * Valid journey maps for tests in one line, with deterministic ids (excalidraw's tests/helpers/api.ts
 * idea): `makeMap({ stages: 5, lanes: 3, cardsPerCell: 2 })`.
 *
 * Ids are `<idPrefix>-s<i>` (stages), `<idPrefix>-l<j>` (lanes), `<idPrefix>-c<i>-<j>-<k>` (cards),
 * `<idPrefix>-e<n>` (connections). Ids are unique across a library, so give two maps in the same
 * library different prefixes.
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
  } = options;
  const zh = language === 'zh-CN';

  const stages: Stage[] = Array.from({ length: stageCount }, (_, i) => ({
    id: `${idPrefix}-s${i}`,
    name: zh ? `阶段 ${i + 1}` : `Stage ${i + 1}`,
    description: '',
    goal: '',
    width: 320,
  }));
  const lanes: Lane[] = Array.from({ length: laneCount }, (_, j) => {
    const kind = LANE_CYCLE[j % LANE_CYCLE.length] ?? 'notes';
    return { id: `${idPrefix}-l${j}`, name: zh ? `泳道 ${j + 1}` : `Lane ${j + 1}`, kind, height: 180 };
  });

  const cards: Card[] = [];
  fill: for (const [i, stage] of stages.entries()) {
    for (const [j, lane] of lanes.entries()) {
      for (let k = 0; k < cardsPerCell; k += 1) {
        if (cards.length >= maxCards) break fill;
        cards.push(makeCard(lane.kind, `${idPrefix}-c${i}-${j}-${k}`, stage.id, lane.id, k, zh));
      }
    }
  }

  const connections: Connection[] = [];
  for (let n = 0; n < Math.min(connectionCount, cards.length - 1); n += 1) {
    const source = cards[n];
    const target = cards[n + 1];
    if (source && target) {
      connections.push({ id: `${idPrefix}-e${n}`, sourceId: source.id, targetId: target.id, label: `#${n}` });
    }
  }

  return {
    id: idPrefix,
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
    tags: order % 2 === 0 ? ['test'] : [],
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

/**
 * Stores a factory map in a library through the public operations (via the contract's dispatch) (create blank, clear it, apply
 * the factory content) and returns the stored map's id. Map id and timestamps are the library's own.
 */
export async function seedMap(handlers: Handlers, map: JourneyMap): Promise<string> {
  const created = await callOperation(handlers, 'maps.create', {
    name: map.name,
    templateId: 'blank',
    language: map.language,
  });
  const blank = await callOperation(handlers, 'maps.get', { id: created.id });
  const changes = toChangeSet(map);
  changes.remove = { stageIds: blank.stages.map((s) => s.id), laneIds: blank.lanes.map((l) => l.id) };
  await callOperation(handlers, 'maps.applyChanges', { id: created.id, changes });
  return created.id;
}
