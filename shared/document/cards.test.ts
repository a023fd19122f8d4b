import { describe, expect, it } from 'vitest';
import { JourneyMapSchema } from '../domain/journey-map';
import { addCard, createCard, removeCards, updateCard } from './cards';
import { cardsInCell } from './cells';
import { addConnection } from './connections';
import { cellIds, cellOrders, deepFreeze, testMap, thrownError } from './test-map';

describe('createCard', () => {
  it('fills the defaults of each kind', () => {
    expect(createCard('emotion', { title: 'Feels' })).toMatchObject({ kind: 'emotion', score: 0, tags: [] });
    expect(createCard('painPoint', { title: 'Slow' })).toMatchObject({ severity: 2 });
    expect(createCard('opportunity', { title: 'Chat' })).toMatchObject({ impact: 2, effort: 2 });
    expect(createCard('touchpoint', { title: 'Site' })).toMatchObject({ channel: 'web' });
    expect(createCard('persona', { title: 'Ana' })).toMatchObject({ personaId: null });
    const note = createCard('note', { title: 'n', id: 'fixed' });
    expect(note).toMatchObject({ id: 'fixed', stageId: null, laneId: null, order: 0, text: '' });
  });

  it('refuses values outside the schema and unknown kinds', () => {
    expect(thrownError(() => createCard('emotion', { title: 'x', score: 3 }))).toMatchObject({
      code: 'invalid_input',
      path: 'score',
    });
    expect(thrownError(() => createCard('bogus' as 'note', { title: 'x' })).path).toBe('kind');
  });
});

describe('addCard', () => {
  it('appends to the cell with a dense order, sharing the other cards', () => {
    const map = deepFreeze(testMap());
    const next = addCard(map, createCard('emotion', { title: 'Happy', id: 'e1', score: 2 }), {
      stageId: 's1',
      laneId: 'l1',
    });
    expect(cellIds(next, 's1', 'l1')).toEqual(['c-1-1-0', 'c-1-1-1', 'e1']);
    expect(cellOrders(next, 's1', 'l1')).toEqual([0, 1, 2]);
    expect(next.cards.slice(0, -1).every((card, i) => card === map.cards[i])).toBe(true);
    expect(JourneyMapSchema.safeParse(next).success).toBe(true);
  });

  it('inserts at an index and renumbers only the cards below it', () => {
    const map = deepFreeze(testMap());
    const next = addCard(map, createCard('note', { title: 'Top', id: 'n1' }), {
      stageId: 's0',
      laneId: 'l0',
      index: 1,
    });
    expect(cellIds(next, 's0', 'l0')).toEqual(['c-0-0-0', 'n1', 'c-0-0-1']);
    expect(next.cards.find((c) => c.id === 'c-0-0-0')).toBe(map.cards.find((c) => c.id === 'c-0-0-0'));
    expect(next.cards.find((c) => c.id === 'c-0-0-1')?.order).toBe(2);
  });

  it('places a card free on the canvas; the placement wins over the card fields', () => {
    const card = createCard('note', { title: 'Free', id: 'f', stageId: 's0', laneId: 'l0' });
    const next = addCard(deepFreeze(testMap()), card, { x: 10, y: -20 });
    expect(next.cards.at(-1)).toMatchObject({ id: 'f', stageId: null, laneId: null, x: 10, y: -20 });
  });

  it('refuses a taken id, an unknown cell, a bad index or position, and an invalid card', () => {
    const map = deepFreeze(testMap());
    const card = createCard('note', { title: 'x', id: 'c-0-0-0' });
    expect(thrownError(() => addCard(map, card, { stageId: 's0', laneId: 'l0' })).path).toBe('card.id');
    const fresh = createCard('note', { title: 'x' });
    expect(thrownError(() => addCard(map, fresh, { stageId: 'zz', laneId: 'l0' })).path).toBe('stageId');
    expect(thrownError(() => addCard(map, fresh, { stageId: 's0', laneId: 'zz' })).path).toBe('laneId');
    expect(thrownError(() => addCard(map, fresh, { stageId: 's0', laneId: 'l0', index: 3 })).path).toBe(
      'index',
    );
    expect(thrownError(() => addCard(map, fresh, { x: Number.NaN, y: 0 })).path).toBe('x');
    const bad = { ...fresh, kind: 'emotion', score: 9 } as never;
    expect(thrownError(() => addCard(map, bad, { stageId: 's0', laneId: 'l0' })).code).toBe('invalid_input');
  });
});

describe('updateCard', () => {
  const withKinds = () => {
    let map = testMap({ cardsPerCell: 0 });
    map = addCard(map, createCard('emotion', { title: 'e', id: 'e' }), { stageId: 's0', laneId: 'l1' });
    map = addCard(map, createCard('painPoint', { title: 'p', id: 'p' }), { stageId: 's0', laneId: 'l0' });
    map = addCard(map, createCard('opportunity', { title: 'o', id: 'o' }), { stageId: 's0', laneId: 'l0' });
    map = addCard(map, createCard('touchpoint', { title: 't', id: 't' }), { stageId: 's0', laneId: 'l0' });
    return deepFreeze(map);
  };

  it('changes kind-specific fields and only the edited card', () => {
    const map = withKinds();
    const next = updateCard(map, 'e', { score: -2, title: 'Frustrated 沮丧', tags: [' checkout '] });
    expect(next.cards[0]).toMatchObject({ score: -2, title: 'Frustrated 沮丧', tags: ['checkout'] });
    expect(next.cards.slice(1).every((c, i) => c === map.cards[i + 1])).toBe(true);
    expect(updateCard(map, 'p', { severity: 3 }).cards[1]).toMatchObject({ severity: 3 });
    expect(updateCard(map, 'o', { impact: 3, effort: 1 }).cards[2]).toMatchObject({ impact: 3, effort: 1 });
    expect(updateCard(map, 't', { channel: 'salesRep' }).cards[3]).toMatchObject({ channel: 'salesRep' });
  });

  it('returns the same map when nothing changes and ignores undefined values', () => {
    const map = withKinds();
    expect(updateCard(map, 'e', { score: 0 })).toBe(map);
    expect(updateCard(map, 'e', { score: undefined })).toBe(map);
    expect(updateCard(map, 'e', { tags: [] })).toBe(map);
  });

  it('refuses out-of-range values, fields of other kinds and placement fields', () => {
    const map = withKinds();
    expect(thrownError(() => updateCard(map, 'e', { score: 3 }))).toMatchObject({
      code: 'invalid_input',
      path: 'score',
    });
    expect(thrownError(() => updateCard(map, 'e', { score: 0.5 })).path).toBe('score');
    expect(thrownError(() => updateCard(map, 'p', { severity: 0 })).path).toBe('severity');
    expect(thrownError(() => updateCard(map, 'o', { effort: 4 })).path).toBe('effort');
    expect(thrownError(() => updateCard(map, 't', { channel: 'fax' as never })).path).toBe('channel');
    expect(thrownError(() => updateCard(map, 'e', { severity: 1 } as never)).path).toBe('patch.severity');
    expect(thrownError(() => updateCard(map, 'e', { stageId: 's1' } as never)).path).toBe('patch.stageId');
    expect(thrownError(() => updateCard(map, 'e', { title: 'x'.repeat(201) })).path).toBe('title');
    expect(thrownError(() => updateCard(map, 'zz', { title: 'x' })).path).toBe('cardId');
    const hostile = JSON.parse('{"__proto__": {"score": 2}}') as never;
    expect(thrownError(() => updateCard(map, 'e', hostile)).path).toBe('patch.__proto__');
  });
});

describe('removeCards', () => {
  it('removes cards and their connections and renumbers the cells they left', () => {
    let map = testMap({ cardsPerCell: 3 });
    map = addConnection(map, 'c-0-0-0', 'c-0-0-2', 'next', 'k1');
    map = addConnection(map, 'c-0-0-2', 'c-1-0-0', '', 'k2');
    deepFreeze(map);
    const next = removeCards(map, ['c-0-0-0', 'c-1-1-1']);
    expect(next.cards).toHaveLength(map.cards.length - 2);
    expect(cellIds(next, 's0', 'l0')).toEqual(['c-0-0-1', 'c-0-0-2']);
    expect(cellOrders(next, 's0', 'l0')).toEqual([0, 1]);
    expect(cellOrders(next, 's1', 'l1')).toEqual([0, 1]);
    expect(next.connections.map((c) => c.id)).toEqual(['k2']);
    // Untouched cells keep their card objects.
    expect(cardsInCell(next, 's2', 'l0')).toEqual(cardsInCell(map, 's2', 'l0'));
    expect(cardsInCell(next, 's2', 'l0')[0]).toBe(cardsInCell(map, 's2', 'l0')[0]);
  });

  it('refuses the whole edit when one id is unknown', () => {
    const map = deepFreeze(testMap());
    expect(thrownError(() => removeCards(map, ['c-0-0-0', 'ghost']))).toMatchObject({
      code: 'invalid_input',
      path: 'cardIds.1',
    });
  });
});
