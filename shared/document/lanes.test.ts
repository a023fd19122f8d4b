import { describe, expect, it } from 'vitest';
import {
  addLane,
  countCardsInLane,
  moveLane,
  removeLane,
  renameLane,
  resizeLane,
  setLaneKind,
} from './lanes';
import { cellOrders, deepFreeze, testMap, thrownError } from './test-map';

describe('lanes', () => {
  it('adds, renames, re-kinds, moves and resizes lanes', () => {
    const map = deepFreeze(testMap());
    const added = addLane(map, { at: 0, name: 'Pain points', kind: 'painPoints', id: 'lp' });
    expect(added.lanes.map((l) => l.id)).toEqual(['lp', 'l0', 'l1']);
    expect(added.lanes[0]?.height).toBe(180);
    expect(renameLane(map, 'l0', 'Actions 行为').lanes[0]?.name).toBe('Actions 行为');
    const kinded = setLaneKind(map, 'l0', 'touchpoints');
    expect(kinded.lanes[0]?.kind).toBe('touchpoints');
    expect(kinded.lanes[1]).toBe(map.lanes[1]);
    expect(setLaneKind(map, 'l0', 'actions')).toBe(map);
    expect(moveLane(map, 'l1', 0).lanes.map((l) => l.id)).toEqual(['l1', 'l0']);
    expect(resizeLane(map, 'l0', 1).lanes[0]?.height).toBe(80);
  });

  it('refuses an unknown kind and an unknown lane', () => {
    const map = deepFreeze(testMap());
    expect(thrownError(() => setLaneKind(map, 'l0', 'feelings' as never))).toMatchObject({
      code: 'invalid_input',
      path: 'kind',
    });
    expect(thrownError(() => addLane(map, { name: 'X', kind: 'bogus' as never })).path).toBe('kind');
    expect(thrownError(() => renameLane(map, 'zz', 'X')).path).toBe('laneId');
  });

  it('removes a lane with its cards and keeps the other cells dense', () => {
    const map = deepFreeze(testMap());
    expect(countCardsInLane(map, 'l0')).toBe(6);
    const next = removeLane(map, 'l0');
    expect(next.lanes.map((l) => l.id)).toEqual(['l1']);
    expect(next.cards).toHaveLength(6);
    expect(cellOrders(next, 's0', 'l1')).toEqual([0, 1]);
  });
});
