import { describe, expect, it } from 'vitest';
import { JourneyMapSchema } from '../domain/journey-map';
import { addConnection } from './connections';
import {
  addStage,
  countCardsInStage,
  moveStage,
  removeStage,
  renameStage,
  resizeStage,
  updateStage,
} from './stages';
import { deepFreeze, testMap, thrownError } from './test-map';

describe('stages', () => {
  it('inserts a stage at the drop index, with defaults, sharing everything else', () => {
    const map = deepFreeze(testMap());
    const next = addStage(map, { at: 1, name: '  Consideration  ', id: 'new' });
    expect(next.stages.map((s) => s.id)).toEqual(['s0', 'new', 's1', 's2']);
    expect(next.stages[1]).toMatchObject({ name: 'Consideration', width: 320, description: '', goal: '' });
    expect(next.stages[0]).toBe(map.stages[0]);
    expect(next.cards).toBe(map.cards);
    expect(next.lanes).toBe(map.lanes);
    expect(JourneyMapSchema.safeParse(next).success).toBe(true);
  });

  it('appends when no index is given and generates an id', () => {
    const next = addStage(testMap(), { name: 'Loyalty' });
    expect(next.stages).toHaveLength(4);
    expect(next.stages[3]?.id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuses an empty name, a taken id and an index outside 0..n', () => {
    const map = deepFreeze(testMap());
    expect(thrownError(() => addStage(map, { name: '   ' }))).toMatchObject({
      code: 'invalid_input',
      path: 'name',
    });
    expect(thrownError(() => addStage(map, { name: 'X', id: 's1' }))).toMatchObject({ path: 'id' });
    expect(thrownError(() => addStage(map, { name: 'X', at: 4 }))).toMatchObject({ path: 'at' });
    expect(thrownError(() => addStage(map, { name: 'X', at: -1 }))).toMatchObject({ path: 'at' });
    expect(thrownError(() => addStage(map, { name: 'X', at: 1.5 }))).toMatchObject({ path: 'at' });
  });

  it('refuses a stage beyond the limit with too_large', () => {
    let map = testMap({ stages: 0, cardsPerCell: 0 });
    for (let i = 0; i < 200; i++) map = addStage(map, { name: `S${i}` });
    expect(thrownError(() => addStage(map, { name: 'one too many' })).code).toBe('too_large');
  });

  it('renames and updates, returning the same map when nothing changes', () => {
    const map = deepFreeze(testMap());
    const renamed = renameStage(map, 's1', 'Purchase 购买');
    expect(renamed.stages[1]?.name).toBe('Purchase 购买');
    expect(renamed.stages[0]).toBe(map.stages[0]);
    expect(renameStage(map, 's1', 'Stage 2')).toBe(map);
    expect(updateStage(map, 's1', { goal: 'Pay' }).stages[1]?.goal).toBe('Pay');
    expect(thrownError(() => renameStage(map, 'nope', 'X'))).toMatchObject({
      code: 'invalid_input',
      path: 'stageId',
    });
    expect(thrownError(() => updateStage(map, 's1', { width: 3 } as never)).code).toBe('invalid_input');
  });

  it('moves a stage to a new index; cards keep pointing at it', () => {
    const map = deepFreeze(testMap());
    const next = moveStage(map, 's0', 2);
    expect(next.stages.map((s) => s.id)).toEqual(['s1', 's2', 's0']);
    expect(next.stages[0]).toBe(map.stages[1]);
    expect(next.cards).toBe(map.cards);
    expect(moveStage(map, 's1', 1)).toBe(map);
    expect(thrownError(() => moveStage(map, 's1', 3)).path).toBe('toIndex');
  });

  it('clamps and rounds the width', () => {
    const map = deepFreeze(testMap());
    expect(resizeStage(map, 's0', 10).stages[0]?.width).toBe(160);
    expect(resizeStage(map, 's0', 99_999).stages[0]?.width).toBe(2000);
    expect(resizeStage(map, 's0', 400.6).stages[0]?.width).toBe(401);
    expect(resizeStage(map, 's0', 320)).toBe(map);
    expect(thrownError(() => resizeStage(map, 's0', Number.NaN)).path).toBe('width');
  });

  it('removes a stage with its cards and their connections, counting them first', () => {
    let map = testMap();
    map = addConnection(map, 'c-0-0-0', 'c-1-0-0', '', 'k1');
    map = addConnection(map, 'c-1-0-0', 'c-2-0-0', '', 'k2');
    map = addConnection(map, 'c-0-0-0', 'c-2-1-1', '', 'k3');
    deepFreeze(map);
    expect(countCardsInStage(map, 's1')).toBe(4);
    const next = removeStage(map, 's1');
    expect(next.stages.map((s) => s.id)).toEqual(['s0', 's2']);
    expect(next.cards).toHaveLength(8);
    expect(next.cards.some((c) => c.stageId === 's1')).toBe(false);
    expect(next.connections.map((c) => c.id)).toEqual(['k3']);
    expect(next.connections[0]).toBe(map.connections[2]);
    expect(next.cards.every((c) => map.cards.includes(c))).toBe(true);
    expect(thrownError(() => removeStage(map, 'nope')).code).toBe('invalid_input');
  });
});
