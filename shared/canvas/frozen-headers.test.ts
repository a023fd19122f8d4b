import { describe, expect, it } from 'vitest';
import { frozenOffsets } from './frozen-headers';

describe('frozenOffsets', () => {
  const grid = { x: 0, y: 0, width: 2000, height: 1000 };

  it('leaves the headers where the map puts them while the map’s edges are on screen', () => {
    expect(frozenOffsets({ x: 40, y: 30, zoom: 0.5 }, grid, 64, 180)).toEqual({ stageTop: 30, laneLeft: 40 });
  });

  it('keeps the stage strip at the top and the lane column at the left once the map is panned past them', () => {
    expect(frozenOffsets({ x: -600, y: -300, zoom: 0.5 }, grid, 64, 180)).toEqual({
      stageTop: 0,
      laneLeft: 0,
    });
  });

  it('lets the headers go with the last lane and the last stage when the grid itself scrolls away', () => {
    const offsets = frozenOffsets({ x: -5000, y: -5000, zoom: 1 }, grid, 64, 180);
    expect(offsets.stageTop).toBe(-5000 + 1000 - 64);
    expect(offsets.laneLeft).toBe(-5000 + 2000 - 180);
  });
});
