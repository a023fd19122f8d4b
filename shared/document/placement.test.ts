import { describe, expect, it } from 'vitest';
import { cardsByCell, cardsInCell, cellKey } from './cells';
import { moveCard, moveCards, reorderCell, setCardPositions } from './placement';
import { cellIds, cellOrders, deepFreeze, testMap, thrownError } from './test-map';

describe('moveCard', () => {
  it('moves a card to another cell at an index, renumbering both cells', () => {
    const map = deepFreeze(testMap({ cardsPerCell: 3 }));
    const next = moveCard(map, 'c-0-0-0', { stageId: 's1', laneId: 'l1', index: 1 });
    expect(cellIds(next, 's0', 'l0')).toEqual(['c-0-0-1', 'c-0-0-2']);
    expect(cellOrders(next, 's0', 'l0')).toEqual([0, 1]);
    expect(cellIds(next, 's1', 'l1')).toEqual(['c-1-1-0', 'c-0-0-0', 'c-1-1-1', 'c-1-1-2']);
    expect(cellOrders(next, 's1', 'l1')).toEqual([0, 1, 2, 3]);
    // Array positions are kept and unmoved cards are shared.
    expect(next.cards.map((c) => c.id)).toEqual(map.cards.map((c) => c.id));
    const changed = next.cards.filter((c, i) => c !== map.cards[i]).map((c) => c.id);
    expect(changed.sort()).toEqual(['c-0-0-0', 'c-0-0-1', 'c-0-0-2', 'c-1-1-1', 'c-1-1-2']);
  });

  it('reorders within a cell', () => {
    const map = deepFreeze(testMap({ cardsPerCell: 3 }));
    const down = moveCard(map, 'c-0-0-0', { stageId: 's0', laneId: 'l0', index: 2 });
    expect(cellIds(down, 's0', 'l0')).toEqual(['c-0-0-1', 'c-0-0-2', 'c-0-0-0']);
    const up = moveCard(map, 'c-0-0-2', { stageId: 's0', laneId: 'l0', index: 0 });
    expect(cellIds(up, 's0', 'l0')).toEqual(['c-0-0-2', 'c-0-0-0', 'c-0-0-1']);
  });

  it('returns the same map when the card stays where it is', () => {
    const map = deepFreeze(testMap());
    expect(moveCard(map, 'c-0-0-1', { stageId: 's0', laneId: 'l0', index: 1 })).toBe(map);
    expect(moveCard(map, 'c-0-0-1', { stageId: 's0', laneId: 'l0' })).toBe(map);
  });

  it('takes a card out of its cell to a free position and back', () => {
    const map = deepFreeze(testMap());
    const free = moveCard(map, 'c-0-0-0', { x: 50, y: 60 });
    expect(free.cards[0]).toMatchObject({ stageId: null, laneId: null, x: 50, y: 60 });
    expect(cellIds(free, 's0', 'l0')).toEqual(['c-0-0-1']);
    expect(cellOrders(free, 's0', 'l0')).toEqual([0]);
    const back = moveCard(free, 'c-0-0-0', { stageId: 's2', laneId: 'l0', index: 0 });
    expect(back.cards[0]).toMatchObject({ stageId: 's2', laneId: 'l0', x: null, y: null, order: 0 });
    expect(cellOrders(back, 's2', 'l0')).toEqual([0, 1, 2]);
  });

  it('refuses unknown cards, cells and impossible indexes', () => {
    const map = deepFreeze(testMap());
    expect(thrownError(() => moveCard(map, 'x', { stageId: 's0', laneId: 'l0' })).path).toBe('cardId');
    expect(thrownError(() => moveCard(map, 'c-0-0-0', { stageId: 's9', laneId: 'l0' })).path).toBe('stageId');
    // Within its own cell the card does not count: two cards, so 0..1.
    expect(thrownError(() => moveCard(map, 'c-0-0-0', { stageId: 's0', laneId: 'l0', index: 2 })).path).toBe(
      'index',
    );
    expect(thrownError(() => moveCard(map, 'c-0-0-0', { x: Infinity, y: 0 })).path).toBe('x');
  });
});

describe('moveCards', () => {
  it('moves a multi-selection into one cell in the given order', () => {
    const map = deepFreeze(testMap({ cardsPerCell: 2 }));
    const next = moveCards(map, ['c-2-1-1', 'c-0-0-0'], { stageId: 's1', laneId: 'l0', index: 1 });
    expect(cellIds(next, 's1', 'l0')).toEqual(['c-1-0-0', 'c-2-1-1', 'c-0-0-0', 'c-1-0-1']);
    for (const list of cardsByCell(next).values())
      expect(list.map((c) => c.order)).toEqual(list.map((_, i) => i));
  });
});

describe('reorderCell and setCardPositions', () => {
  it('sets a cell order from a permutation and refuses anything else', () => {
    const map = deepFreeze(testMap({ cardsPerCell: 3 }));
    const next = reorderCell(map, 's0', 'l0', ['c-0-0-2', 'c-0-0-0', 'c-0-0-1']);
    expect(cellIds(next, 's0', 'l0')).toEqual(['c-0-0-2', 'c-0-0-0', 'c-0-0-1']);
    expect(reorderCell(map, 's0', 'l0', ['c-0-0-0', 'c-0-0-1', 'c-0-0-2'])).toBe(map);
    expect(thrownError(() => reorderCell(map, 's0', 'l0', ['c-0-0-0'])).path).toBe('orderedIds');
    expect(thrownError(() => reorderCell(map, 's0', 'l0', ['c-0-0-0', 'c-0-0-0', 'c-0-0-1'])).path).toBe(
      'orderedIds.1',
    );
  });

  it('moves free cards and refuses cell cards', () => {
    const free = moveCard(testMap(), 'c-0-0-0', { x: 0, y: 0 });
    deepFreeze(free);
    const next = setCardPositions(free, [{ id: 'c-0-0-0', x: 5, y: 7 }]);
    expect(next.cards[0]).toMatchObject({ x: 5, y: 7 });
    expect(thrownError(() => setCardPositions(free, [{ id: 'c-0-0-1', x: 1, y: 1 }])).path).toBe(
      'positions.0.id',
    );
  });

  it('indexes cells in one pass', () => {
    const map = testMap();
    expect(cardsByCell(map).get(cellKey('s1', 'l1'))).toEqual(cardsInCell(map, 's1', 'l1'));
  });
});
