import { describe, expect, it } from 'vitest';
import { cardsInCell } from './cells';
import { moveCardsToNeighbourLane } from './nudge';
import { deepFreeze as freeze, testMap } from './test-map';

describe('moveCardsToNeighbourLane', () => {
  it('moves a card to the same stage of the lane below, at the end of that cell', () => {
    const map = freeze(testMap());
    const card = map.cards.find((c) => c.stageId === map.stages[0]!.id && c.laneId === map.lanes[0]!.id)!;
    const next = moveCardsToNeighbourLane(map, [card.id], 'down');
    const moved = next.cards.find((c) => c.id === card.id)!;
    expect(moved.stageId).toBe(card.stageId);
    expect(moved.laneId).toBe(map.lanes[1]!.id);
    const cell = cardsInCell(next, card.stageId!, map.lanes[1]!.id);
    expect(cell.at(-1)?.id).toBe(card.id);
    expect(cell.map((c) => c.order)).toEqual(cell.map((_, i) => i));
  });

  it('leaves cards in the first lane where they are when moving up', () => {
    const map = freeze(testMap());
    const card = map.cards.find((c) => c.laneId === map.lanes[0]!.id)!;
    expect(moveCardsToNeighbourLane(map, [card.id], 'up')).toBe(map);
  });

  it('refuses unknown cards and directions with a typed error', () => {
    const map = freeze(testMap());
    expect(() => moveCardsToNeighbourLane(map, ['nope'], 'down')).toThrow(/card/i);
    expect(() => moveCardsToNeighbourLane(map, [], 'sideways' as 'up')).toThrow(/direction/i);
  });
});
