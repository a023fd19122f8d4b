import { describe, expect, it } from 'vitest';
import { CANVAS, computeLayout } from '../../../shared/canvas/layout';
import { cardsInCell } from '../../../shared/document';
import { makeMap } from '../../../shared/document/test-map';
import { planCardDrop } from './card-drop';

const map = makeMap({ stages: 3, lanes: 2, cardsPerCell: 2, idPrefix: 'd' });
const layout = computeLayout(map);
const column = (i: number) => layout.stages[i]!;
const row = (j: number) => layout.lanes[j]!;
const at = (id: string) => ({ id, x: 0, y: 0 });

describe('planCardDrop', () => {
  it('moves one card into the cell under the pointer, at the index the pointer shows', () => {
    const point = { x: column(2).x + 30, y: row(1).y + CANVAS.cellPadding + 4 };
    const drop = planCardDrop(layout, [at('d-c0-0-0')], point);
    expect(drop?.cell).toEqual({ stageId: 'd-s2', laneId: 'd-l1', index: 0 });
    const next = drop!.edit(map);
    expect(cardsInCell(next, 'd-s2', 'd-l1').map((c) => c.id)).toEqual(['d-c0-0-0', 'd-c2-1-0', 'd-c2-1-1']);
    expect(cardsInCell(next, 'd-s0', 'd-l0').map((c) => [c.id, c.order])).toEqual([['d-c0-0-1', 0]]);
  });

  it('moves a multi-selection together, in its order on the canvas, as one edit', () => {
    const point = { x: column(1).x + 30, y: row(0).y + row(0).height - 2 };
    const drop = planCardDrop(layout, [at('d-c2-0-1'), at('d-c0-1-0')], point);
    const next = drop!.edit(map);
    expect(cardsInCell(next, 'd-s1', 'd-l0').map((c) => c.id)).toEqual([
      'd-c1-0-0',
      'd-c1-0-1',
      'd-c0-1-0',
      'd-c2-0-1',
    ]);
  });

  it('makes cards dropped outside the grid free cards where they were let go', () => {
    const point = { x: layout.grid.width + 200, y: 40 };
    const drop = planCardDrop(layout, [{ id: 'd-c1-1-1', x: 1200, y: 32 }], point);
    expect(drop?.cell).toBeNull();
    const card = drop!.edit(map).cards.find((c) => c.id === 'd-c1-1-1');
    expect(card).toMatchObject({ stageId: null, laneId: null, x: 1200, y: 32 });
  });

  it('snaps back on a header or the corner, and does nothing without cards', () => {
    expect(planCardDrop(layout, [at('d-c0-0-0')], { x: column(1).x + 5, y: 5 })).toBeNull();
    expect(planCardDrop(layout, [at('d-c0-0-0')], { x: 5, y: row(0).y + 5 })).toBeNull();
    expect(planCardDrop(layout, [], { x: column(1).x + 5, y: row(0).y + 5 })).toBeNull();
  });

  it('leaves the map as it was when a card is dropped back on its own place', () => {
    const box = layout.cards.find((b) => b.id === 'd-c0-0-0')!;
    const drop = planCardDrop(layout, [at('d-c0-0-0')], { x: box.x + 10, y: box.y + 5 });
    expect(drop!.edit(map)).toBe(map);
  });
});
