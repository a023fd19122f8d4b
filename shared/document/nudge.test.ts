import { describe, expect, it } from 'vitest';
import { nudgeCards } from './nudge';
import { moveCard } from './placement';
import { cellIds, cellOrders, deepFreeze, testMap, thrownError } from './test-map';

describe('nudgeCards', () => {
  it('moves free cards by the step', () => {
    const map = deepFreeze(moveCard(testMap(), 'c-0-0-0', { x: 100, y: 100 }));
    expect(nudgeCards(map, ['c-0-0-0'], 'left', 10).cards[0]).toMatchObject({ x: 90, y: 100 });
    expect(nudgeCards(map, ['c-0-0-0'], 'down').cards[0]).toMatchObject({ x: 100, y: 108 });
  });

  it('moves cell cards up and down within the cell, stopping at the edge', () => {
    const map = deepFreeze(testMap({ cardsPerCell: 4 }));
    const up = nudgeCards(map, ['c-0-0-2'], 'up');
    expect(cellIds(up, 's0', 'l0')).toEqual(['c-0-0-0', 'c-0-0-2', 'c-0-0-1', 'c-0-0-3']);
    expect(nudgeCards(map, ['c-0-0-0'], 'up')).toBe(map);
    expect(nudgeCards(map, ['c-0-0-3'], 'down')).toBe(map);
  });

  it('moves a selected block as one', () => {
    const map = deepFreeze(testMap({ cardsPerCell: 4 }));
    const down = nudgeCards(map, ['c-0-0-1', 'c-0-0-2'], 'down');
    expect(cellIds(down, 's0', 'l0')).toEqual(['c-0-0-0', 'c-0-0-3', 'c-0-0-1', 'c-0-0-2']);
    expect(cellOrders(down, 's0', 'l0')).toEqual([0, 1, 2, 3]);
    const stuck = nudgeCards(map, ['c-0-0-0', 'c-0-0-1'], 'up');
    expect(stuck).toBe(map);
  });

  it('moves cell cards left and right to the neighbouring stage, same lane', () => {
    const map = deepFreeze(testMap({ cardsPerCell: 2 }));
    const right = nudgeCards(map, ['c-0-1-1'], 'right');
    expect(cellIds(right, 's1', 'l1')).toEqual(['c-1-1-0', 'c-0-1-1', 'c-1-1-1']);
    expect(cellOrders(right, 's0', 'l1')).toEqual([0]);
    expect(nudgeCards(map, ['c-0-1-1'], 'left')).toBe(map);
    expect(nudgeCards(map, ['c-2-0-0'], 'right')).toBe(map);
  });

  it('refuses unknown ids, directions and steps', () => {
    const map = deepFreeze(testMap());
    expect(thrownError(() => nudgeCards(map, ['nope'], 'up')).path).toBe('cardIds.0');
    expect(thrownError(() => nudgeCards(map, ['c-0-0-0'], 'sideways' as never)).path).toBe('direction');
    expect(thrownError(() => nudgeCards(map, ['c-0-0-0'], 'up', -1)).path).toBe('step');
  });
});
