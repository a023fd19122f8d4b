import { describe, expect, it } from 'vitest';
import { addCard, cardsInCell, createCard } from '../../../shared/document';
import { makeMap } from '../../../shared/document/test-map';
import { placeAfterSelection } from './new-card-place';

const map = makeMap({ stages: 2, lanes: 2, cardsPerCell: 3, idPrefix: 'p' });
const cell = { stageId: 'p-s1', laneId: 'p-l0' };

describe('placeAfterSelection', () => {
  it('puts the new card right after the one selected card of the cell', () => {
    const place = placeAfterSelection(map, cell, new Set(['p-c1-0-0']));
    expect(place).toEqual({ ...cell, index: 1 });
    const card = createCard('touchpoint', { title: 'New' });
    const next = addCard(map, card, place);
    expect(cardsInCell(next, 'p-s1', 'p-l0').map((c) => c.id)).toEqual([
      'p-c1-0-0',
      card.id,
      'p-c1-0-1',
      'p-c1-0-2',
    ]);
  });

  it('appends when nothing, several cards or a card of another cell is selected', () => {
    expect(placeAfterSelection(map, cell, new Set())).toEqual(cell);
    expect(placeAfterSelection(map, cell, new Set(['p-c1-0-0', 'p-c1-0-1']))).toEqual(cell);
    expect(placeAfterSelection(map, cell, new Set(['p-c0-1-0']))).toEqual(cell);
  });

  it('counts only selected cards still on the map', () => {
    expect(placeAfterSelection(map, cell, new Set(['gone', 'p-c1-0-1']))).toEqual({ ...cell, index: 2 });
  });

  it('after the last card of the cell is the end of the cell', () => {
    expect(placeAfterSelection(map, cell, new Set(['p-c1-0-2']))).toEqual({ ...cell, index: 3 });
  });
});
