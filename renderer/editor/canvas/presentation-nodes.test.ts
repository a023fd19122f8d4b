import { describe, expect, it } from 'vitest';
import type { CanvasNode } from './canvas-nodes';
import { presentationNodes } from './presentation-nodes';

const card = (id: string, stageId: string | null): CanvasNode =>
  ({
    id: `card:${id}`,
    type: 'card',
    position: { x: 0, y: 0 },
    draggable: true,
    selectable: true,
    data: { card: { id, stageId }, kindLabel: 'Note', title: id },
  }) as unknown as CanvasNode;
const grid: CanvasNode = {
  id: 'grid',
  type: 'cellGrid',
  position: { x: 0, y: 0 },
  data: { columns: [], rows: [] },
};

describe('presentationNodes', () => {
  const nodes = [grid, card('1', 'a'), card('2', 'b'), card('3', null)];

  it('dims the cards of the other stages (free cards too), not the presented one, nor the grid', () => {
    const dimmed = presentationNodes(nodes, 'a')
      .filter((n) => n.className === 'is-dimmed')
      .map((n) => n.id);
    expect(dimmed).toEqual(['card:2', 'card:3']);
  });

  it('dims nothing on the overview, and no card can be dragged or picked', () => {
    const shown = presentationNodes(nodes, null);
    expect(shown.some((n) => n.className)).toBe(false);
    for (const n of shown.filter((n) => n.type === 'card')) {
      expect(n).toMatchObject({ draggable: false, selectable: false, selected: false, connectable: false });
    }
    expect(shown[0]).toBe(nodes[0]);
  });
});
