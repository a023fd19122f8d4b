/**
 * Test-only builders for the document tests (the shared test factory lives in test/helpers; shared/
 * tests cannot depend on it without crossing layers). Not exported from the package index.
 */
import type { Card, JourneyMap } from '../domain/journey-map';

export interface TestMapOptions {
  id?: string;
  stages?: number;
  lanes?: number;
  cardsPerCell?: number;
}

/**
 * A map with stages `s0..`, lanes `l0..` and note cards `c-<stage>-<lane>-<i>` in every cell, with
 * dense orders. Ids are predictable so tests can name cards.
 */
export function testMap({
  id = 'map1',
  stages = 3,
  lanes = 2,
  cardsPerCell = 2,
}: TestMapOptions = {}): JourneyMap {
  const cards: Card[] = [];
  for (let s = 0; s < stages; s++) {
    for (let l = 0; l < lanes; l++) {
      for (let i = 0; i < cardsPerCell; i++) {
        cards.push({
          id: `c-${s}-${l}-${i}`,
          kind: 'note',
          stageId: `s${s}`,
          laneId: `l${l}`,
          order: i,
          x: null,
          y: null,
          title: `Card ${s}.${l}.${i}`,
          text: '',
          tags: [],
        });
      }
    }
  }
  return {
    id,
    name: 'Test map',
    description: '',
    language: 'en',
    personaIds: [],
    stages: Array.from({ length: stages }, (_, s) => ({
      id: `s${s}`,
      name: `Stage ${s}`,
      description: '',
      goal: '',
      width: 320,
    })),
    lanes: Array.from({ length: lanes }, (_, l) => ({
      id: `l${l}`,
      name: `Lane ${l}`,
      kind: l === 1 ? 'emotions' : 'actions',
      height: 180,
    })),
    cards,
    connections: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
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
