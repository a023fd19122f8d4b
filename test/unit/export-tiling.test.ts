import { describe, expect, it } from 'vitest';
import {
  fitScale,
  MIN_LAST_TILE,
  pageSizeMm,
  printableAreaPx,
  PX_PER_MM,
  tileContent,
} from '../../shared/export';

describe('page sizes', () => {
  it('turns paper for landscape and converts millimetres at 96 px per inch', () => {
    expect(pageSizeMm('A4', 'landscape')).toEqual({ width: 297, height: 210 });
    expect(pageSizeMm('Letter', 'portrait')).toEqual({ width: 215.9, height: 279.4 });
    expect(25.4 * PX_PER_MM).toBeCloseTo(96);
    const area = printableAreaPx('A4', 'landscape');
    expect(area.width).toBeCloseTo((297 - 16) * PX_PER_MM);
    expect(area.height).toBeLessThan(210 * PX_PER_MM);
  });
});

describe('fit to one page', () => {
  it('shrinks to the tighter side and does not blow small maps up beyond the cap', () => {
    expect(fitScale({ width: 2000, height: 500 }, { width: 1000, height: 700 })).toBeCloseTo(0.5);
    expect(fitScale({ width: 500, height: 1400 }, { width: 1000, height: 700 })).toBeCloseTo(0.5);
    expect(fitScale({ width: 100, height: 100 }, { width: 1000, height: 700 })).toBe(1.5);
  });
});

describe('tile across pages', () => {
  const area = { width: 1000, height: 700 };

  it('one page when the content fits', () => {
    const t = tileContent({ width: 1000, height: 700 }, area, 20);
    expect(t.tiles).toHaveLength(1);
    expect(t.tiles[0]).toMatchObject({ x: 0, y: 0, width: 1000, height: 700, label: '1 / 1' });
  });

  it('splits into rows and columns with the overlap and labels "n / total"', () => {
    const t = tileContent({ width: 2500, height: 1000 }, area, 20);
    // columns: 0, 980, 1960 (3); rows: 0, 680 (2)
    expect(t.columns).toBe(3);
    expect(t.rows).toBe(2);
    expect(t.tiles.map((x) => x.label)).toEqual(['1 / 6', '2 / 6', '3 / 6', '4 / 6', '5 / 6', '6 / 6']);
    expect(t.tiles[1]).toMatchObject({ x: 980, y: 0, width: 1000 });
    expect(t.tiles[2]).toMatchObject({ x: 1960, width: 540 });
    expect(t.tiles[3]).toMatchObject({ row: 1, column: 0, y: 680, height: 320 });
  });

  it('covers every pixel of the content and neighbours overlap by the given amount', () => {
    for (const [w, h] of [
      [1001, 700],
      [5555, 3333],
      [1960, 1360],
      [999, 2800],
    ] as const) {
      const t = tileContent({ width: w, height: h }, area, 30);
      const right = Math.max(...t.tiles.map((x) => x.x + x.width));
      const bottom = Math.max(...t.tiles.map((x) => x.y + x.height));
      expect(right).toBeCloseTo(w);
      expect(bottom).toBeCloseTo(h);
      for (const tile of t.tiles) {
        expect(tile.width).toBeGreaterThan(30);
        if (tile.column > 0) {
          const left = t.tiles.find((x) => x.row === tile.row && x.column === tile.column - 1);
          expect(left && left.x + left.width - tile.x).toBeCloseTo(30);
        }
      }
    }
  });

  it('does not add a sliver page for content exactly one overlap-adjusted length long', () => {
    expect(tileContent({ width: 1980, height: 700 }, area, 20).columns).toBe(2);
    expect(tileContent({ width: 1000.3, height: 700 }, area, 20).columns).toBe(1);
  });

  it('never ends a row or column with a sliver: the last two tiles share the rest evenly', () => {
    // A few pixels taller than a page (the sales-funnel map on A4 portrait): two halves, not a page
    // and a 20 px strip.
    const t = tileContent({ width: 1000, height: 964 }, { width: 1000, height: 956 }, 12);
    expect(t.rows).toBe(2);
    expect(t.tiles.map((x) => [x.y, x.height])).toEqual([
      [0, 488],
      [476, 488],
    ]);
    for (const [w, h] of [
      [1001, 701],
      [1975, 700],
      [2950, 1375],
      [733 * 3 - 24 + 5, 956 * 2 - 12 + 3],
    ] as const) {
      const tiling = tileContent({ width: w, height: h }, area, 30);
      for (const tile of tiling.tiles) {
        if (tiling.columns > 1) expect(tile.width).toBeGreaterThanOrEqual(MIN_LAST_TILE * area.width);
        if (tiling.rows > 1) expect(tile.height).toBeGreaterThanOrEqual(MIN_LAST_TILE * area.height);
        expect(tile.width).toBeLessThanOrEqual(area.width);
        expect(tile.height).toBeLessThanOrEqual(area.height);
      }
      expect(Math.max(...tiling.tiles.map((x) => x.x + x.width))).toBeCloseTo(w);
      expect(Math.max(...tiling.tiles.map((x) => x.y + x.height))).toBeCloseTo(h);
    }
  });
});
