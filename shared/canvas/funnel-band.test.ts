import { describe, expect, it } from 'vitest';
import { funnelBandGeometry, funnelBandHeight, FUNNEL_BAND } from './funnel-band';
import { CANVAS, computeLayout, type StageColumn } from './layout';

const columns = (widths: number[]): StageColumn[] => {
  let x: number = CANVAS.laneHeaderWidth;
  return widths.map((width, i) => {
    const column = { id: `s${i}`, x, width };
    x += width;
    return column;
  });
};

describe('funnelBandGeometry', () => {
  it('draws each bar in proportion to its count, centred on its stage, leaving room for the arrows', () => {
    const layout = { stages: columns([320, 320, 320]) };
    const g = funnelBandGeometry(layout, [1000, 600, 300]);
    const room = 320 - 2 * FUNNEL_BAND.linkReserve;
    expect(g.stages.map((s) => s.bar?.width)).toEqual([room, room * 0.6, room * 0.3]);
    for (const [i, stage] of g.stages.entries()) {
      const bar = stage.bar!;
      expect(bar.x + bar.width / 2).toBe(stage.centerX);
      expect(stage.centerX).toBe(layout.stages[i]!.x + 160);
      // Clear of the arrow labels on both column boundaries.
      expect(bar.x).toBeGreaterThanOrEqual(stage.x + FUNNEL_BAND.linkReserve);
      expect(bar.x + bar.width).toBeLessThanOrEqual(stage.x + stage.width - FUNNEL_BAND.linkReserve);
    }
  });

  it('puts one arrow on each boundary between neighbouring stages, the "next / current" place', () => {
    const layout = { stages: columns([320, 320, 160, 320]) };
    const g = funnelBandGeometry(layout, [10, 5, 1, 1]);
    expect(g.links).toEqual([
      { fromIndex: 0, toIndex: 1, x: layout.stages[1]!.x, width: 2 * FUNNEL_BAND.linkReserve },
      // A narrow stage gives narrower labels, never ones that run into each other.
      { fromIndex: 1, toIndex: 2, x: layout.stages[2]!.x, width: 160 },
      { fromIndex: 2, toIndex: 3, x: layout.stages[3]!.x, width: 160 },
    ]);
  });

  it('sits right under the stage header row, over every column, with the legend over the lane headers', () => {
    const layout = { stages: columns([320, 320]) };
    const g = funnelBandGeometry(layout, [null, null]);
    expect(g.room).toBe(g.rect.height + FUNNEL_BAND.gap);
    // The header row moves up by the room (computeLayout); the band follows it and ends a gap
    // above the first lane.
    expect(g.rect.y).toBe(CANVAS.stageHeaderHeight - g.room);
    expect(g.rect.width).toBe(CANVAS.laneHeaderWidth + 640);
    expect(g.legend).toEqual({ x: 0, y: g.rect.y, width: CANVAS.laneHeaderWidth, height: g.rect.height });
  });

  it('gives the layout its room: the first lane starts under the band, the header row stays above it', () => {
    const map = {
      stages: [
        { id: 'a', name: 'A', description: '', goal: '', width: 320 },
        { id: 'b', name: 'B', description: '', goal: '', width: 320 },
      ],
      lanes: [{ id: 'l', name: 'L', kind: 'actions' as const, height: 180 }],
      cards: [],
    };
    const g = funnelBandGeometry(computeLayout(map), [10, 5], null, 3);
    const layout = computeLayout(map, { stageBandHeight: g.room });
    expect(g.rect.y).toBe(layout.grid.y + CANVAS.stageHeaderHeight);
    expect(layout.lanes[0]!.y).toBe(g.rect.y + g.rect.height + FUNNEL_BAND.gap);
    expect(layout.stages).toEqual(computeLayout(map).stages);
  });

  it('grows with the lines of its fullest arrow, so no arrow runs over the lanes under it', () => {
    expect(funnelBandHeight(0)).toBe(FUNNEL_BAND.height);
    const tall = funnelBandGeometry({ stages: columns([320, 320]) }, [10, 5], null, 7);
    expect(tall.rect.height).toBe(funnelBandHeight(7));
    expect(tall.rect.height).toBeGreaterThanOrEqual(
      FUNNEL_BAND.linkTop + FUNNEL_BAND.linkHead + 7 * FUNNEL_BAND.line,
    );
    expect(tall.rect.y).toBe(CANVAS.stageHeaderHeight - tall.room);
    expect(tall.room).toBe(funnelBandHeight(7) + FUNNEL_BAND.gap);
  });

  it('has no bar for an unknown or unusable count, and a thin one for a known zero', () => {
    const g = funnelBandGeometry({ stages: columns([320, 320, 320]) }, [null, Number.NaN, 0]);
    expect(g.stages.map((s) => s.bar)).toEqual([null, null, expect.objectContaining({ width: 8 })]);
  });

  it('draws projected bars on the same scale as the actual ones', () => {
    const g = funnelBandGeometry({ stages: columns([320, 320]) }, [1000, 600], [1000, 2000]);
    const room = 320 - 2 * FUNNEL_BAND.linkReserve;
    expect(g.stages[1]!.projectedBar!.width).toBe(room);
    expect(g.stages[1]!.bar!.width).toBe(room * 0.3);
    expect(g.stages[0]!.bar!.width).toBe(room * 0.5);
    expect(funnelBandGeometry({ stages: columns([320]) }, [5]).stages[0]!.projectedBar).toBeNull();
  });
});
