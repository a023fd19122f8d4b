import { describe, expect, it } from 'vitest';
import { CANVAS, type CardBox, type LaneRow } from './layout';
import { curveBand, MIN_CURVE_BAND } from './curve-band';

// An emotions lane as the layout sizes it for one card per cell: the cards, then the curve's band.
const row: LaneRow = {
  id: 'emo',
  y: 400,
  height: CANVAS.cellPadding + CANVAS.cardHeight + CANVAS.cardGap + MIN_CURVE_BAND,
};
const box = (id: string, stageId: string, index: number): CardBox => ({
  id,
  x: 0,
  y: row.y + CANVAS.cellPadding + index * (CANVAS.cardHeight + CANVAS.cardGap),
  width: 200,
  height: CANVAS.cardHeight,
  cell: { stageId, laneId: row.id },
});

describe('curveBand', () => {
  it('is the free part of the lane below its fullest cell, clear of every card', () => {
    const cards = [box('a', 's1', 0), box('b', 's2', 0)];
    const band = curveBand({ cards }, row);
    expect(band.top).toBe(row.y + CANVAS.cellPadding + CANVAS.cardHeight + CANVAS.cardGap);
    expect(band.top + band.height).toBe(row.y + row.height);
    for (const card of cards) expect(band.top).toBeGreaterThanOrEqual(card.y + card.height);
  });

  it('ignores cards of other lanes and falls back to the whole lane when the free band is too low', () => {
    const other = { ...box('x', 's1', 0), cell: { stageId: 's1', laneId: 'other' } };
    expect(curveBand({ cards: [other] }, row)).toEqual({
      top: row.y + CANVAS.cellPadding,
      height: row.height - CANVAS.cellPadding,
    });
    const full = curveBand({ cards: [box('a', 's1', 0), box('b', 's1', 1)] }, row);
    expect(row.height - 2 * CANVAS.cellPadding - 2 * CANVAS.cardHeight).toBeLessThan(MIN_CURVE_BAND);
    expect(full).toEqual({ top: row.y, height: row.height });
  });
});
