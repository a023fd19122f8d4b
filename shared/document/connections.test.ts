import { describe, expect, it } from 'vitest';
import { addConnection, connectionsOfCards, removeConnections, updateConnectionLabel } from './connections';
import { deepFreeze, testMap, thrownError } from './test-map';

describe('connections', () => {
  it('connects two cards with an optional label, sharing the cards', () => {
    const map = deepFreeze(testMap());
    const next = addConnection(map, 'c-0-0-0', 'c-1-0-0', 'then', 'k1');
    expect(next.connections).toEqual([{ id: 'k1', sourceId: 'c-0-0-0', targetId: 'c-1-0-0', label: 'then' }]);
    expect(next.cards).toBe(map.cards);
    expect(addConnection(map, 'c-0-0-0', 'c-1-0-0').connections[0]?.label).toBe('');
  });

  it('refuses self-loops, duplicates, unknown cards, taken ids and long labels', () => {
    const map = deepFreeze(addConnection(testMap(), 'c-0-0-0', 'c-1-0-0', '', 'k1'));
    expect(thrownError(() => addConnection(map, 'c-0-0-0', 'c-0-0-0'))).toMatchObject({
      code: 'invalid_input',
      path: 'targetId',
    });
    expect(thrownError(() => addConnection(map, 'c-0-0-0', 'c-1-0-0')).message).toMatch(/already connected/);
    expect(addConnection(map, 'c-1-0-0', 'c-0-0-0').connections).toHaveLength(2);
    expect(thrownError(() => addConnection(map, 'ghost', 'c-1-0-0')).path).toBe('sourceId');
    expect(thrownError(() => addConnection(map, 'c-1-0-0', 'ghost')).path).toBe('targetId');
    expect(thrownError(() => addConnection(map, 'c-2-0-0', 'c-1-0-0', '', 'k1')).path).toBe('id');
    expect(thrownError(() => addConnection(map, 'c-2-0-0', 'c-1-0-0', 'x'.repeat(201))).path).toBe('label');
  });

  it('updates a label and removes connections', () => {
    let map = addConnection(testMap(), 'c-0-0-0', 'c-1-0-0', '', 'k1');
    map = deepFreeze(addConnection(map, 'c-1-0-0', 'c-2-0-0', '', 'k2'));
    const labelled = updateConnectionLabel(map, 'k2', 'pays');
    expect(labelled.connections[1]?.label).toBe('pays');
    expect(labelled.connections[0]).toBe(map.connections[0]);
    expect(updateConnectionLabel(map, 'k2', '')).toBe(map);
    expect(thrownError(() => updateConnectionLabel(map, 'k9', 'x')).path).toBe('connectionId');
    const removed = removeConnections(map, ['k1']);
    expect(removed.connections.map((c) => c.id)).toEqual(['k2']);
    expect(removed.connections[0]).toBe(map.connections[1]);
    expect(thrownError(() => removeConnections(map, ['k1', 'k9'])).path).toBe('connectionIds.1');
    expect(connectionsOfCards(map, new Set(['c-2-0-0'])).map((c) => c.id)).toEqual(['k2']);
  });
});
