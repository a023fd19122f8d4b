import { describe, expect, it } from 'vitest';
import { CANVAS, computeLayout } from '../../../shared/canvas/layout';
import { makeMap } from '../../../shared/document/test-map';
import { hitTest, stageInsertIndex } from './hit-test';

const map = makeMap({ stages: 3, lanes: 2, cardsPerCell: 2, idPrefix: 'h' });
const layout = computeLayout(map);
const column = (i: number) => layout.stages[i]!;
const row = (j: number) => layout.lanes[j]!;

describe('hitTest', () => {
  it('finds the cell under a point, with the index after the cards above it', () => {
    const x = column(1).x + 20;
    const top = row(1).y + 2;
    expect(hitTest(layout, { x, y: top })).toEqual({
      area: 'cell',
      cell: { stageId: 'h-s1', laneId: 'h-l1', index: 0 },
    });
    const middleOfFirst = row(1).y + CANVAS.cellPadding + CANVAS.cardHeight / 2;
    expect(hitTest(layout, { x, y: middleOfFirst + 1 })).toMatchObject({ cell: { index: 1 } });
    expect(hitTest(layout, { x, y: row(1).y + row(1).height - 1 })).toMatchObject({ cell: { index: 2 } });
  });

  it('leaves dragged cards out of the drop index', () => {
    const x = column(0).x + 20;
    const bottom = row(0).y + row(0).height - 1;
    expect(hitTest(layout, { x, y: bottom }, new Set(['h-c0-0-0']))).toMatchObject({ cell: { index: 1 } });
  });

  it('tells headers, the corner and the outside apart', () => {
    expect(hitTest(layout, { x: column(2).x + 5, y: 5 })).toEqual({ area: 'stageHeader', stageId: 'h-s2' });
    expect(hitTest(layout, { x: 5, y: row(0).y + 5 })).toEqual({ area: 'laneHeader', laneId: 'h-l0' });
    expect(hitTest(layout, { x: 5, y: 5 })).toEqual({ area: 'corner' });
    expect(hitTest(layout, { x: -1, y: 100 })).toEqual({ area: 'outside' });
    expect(hitTest(layout, { x: layout.grid.width, y: 100 })).toEqual({ area: 'outside' });
    expect(hitTest(layout, { x: 300, y: layout.grid.height + 10 })).toEqual({ area: 'outside' });
  });

  it('treats a column border as the start of the next column', () => {
    expect(hitTest(layout, { x: column(1).x, y: row(0).y + 1 })).toMatchObject({ cell: { stageId: 'h-s1' } });
  });
});

describe('stageInsertIndex', () => {
  it('inserts before the first column whose middle is right of the point', () => {
    expect(stageInsertIndex(layout, -100)).toBe(0);
    expect(stageInsertIndex(layout, column(0).x + 10)).toBe(0);
    expect(stageInsertIndex(layout, column(0).x + column(0).width - 10)).toBe(1);
    expect(stageInsertIndex(layout, column(2).x + column(2).width - 10)).toBe(3);
    expect(stageInsertIndex(layout, 100_000)).toBe(3);
  });

  it('is 0 on a map without stages', () => {
    expect(stageInsertIndex(computeLayout({ stages: [], lanes: [], cards: [] }), 500)).toBe(0);
  });
});
