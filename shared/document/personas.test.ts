import { describe, expect, it } from 'vitest';
import { addCard, createCard } from './cards';
import { addPersonaToMap, countPersonaCards, removePersonaFromMap } from './personas';
import { deepFreeze, testMap, thrownError } from './test-map';

describe('personas on a map', () => {
  it('adds a persona once', () => {
    const map = deepFreeze(testMap());
    const next = addPersonaToMap(map, 'p1');
    expect(next.personaIds).toEqual(['p1']);
    expect(next.cards).toBe(map.cards);
    expect(addPersonaToMap(next, 'p1')).toBe(next);
    expect(thrownError(() => addPersonaToMap(map, 'bad id!')).code).toBe('invalid_input');
  });

  it('refuses more personas than the limit', () => {
    let map = testMap();
    for (let i = 0; i < 50; i++) map = addPersonaToMap(map, `p${i}`);
    expect(thrownError(() => addPersonaToMap(map, 'p50')).code).toBe('too_large');
  });

  it('removes a persona and unlinks (keeps) its cards', () => {
    let map = addPersonaToMap(testMap({ cardsPerCell: 0 }), 'p1');
    map = addCard(map, createCard('persona', { title: 'Ana', id: 'pc', personaId: 'p1' }), {
      stageId: 's0',
      laneId: 'l0',
    });
    map = deepFreeze(
      addCard(map, createCard('note', { title: 'n', id: 'n' }), { stageId: 's0', laneId: 'l0' }),
    );
    expect(countPersonaCards(map, 'p1')).toBe(1);
    const next = removePersonaFromMap(map, 'p1');
    expect(next.personaIds).toEqual([]);
    expect(next.cards[0]).toMatchObject({ id: 'pc', title: 'Ana', personaId: null });
    expect(next.cards[1]).toBe(map.cards[1]);
    expect(thrownError(() => removePersonaFromMap(next, 'p1')).path).toBe('personaId');
  });
});
