import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../shared/canvas/layout';
import { makeMap } from '../../../shared/document/test-map';
import { headerRevealViewport } from './header-reveal';

describe('headerRevealViewport', () => {
  const canvas = { width: 1000, height: 600 };
  const viewport = { x: -2000, y: -900, zoom: 0.5 };

  it('centres a stage’s column across the canvas and a lane’s row down it, keeping the zoom', () => {
    const map = makeMap({ stages: 3, lanes: 3 });
    const layout = computeLayout(map);
    const column = layout.stages[1]!;
    const row = layout.lanes[2]!;
    const stage = headerRevealViewport(layout, `stage:${column.id}`, viewport, canvas);
    expect(stage).toEqual({ x: 500 - (column.x + column.width / 2) * 0.5, y: -900, zoom: 0.5 });
    const lane = headerRevealViewport(layout, `lane:${row.id}`, viewport, canvas);
    expect(lane).toEqual({ x: -2000, y: 300 - (row.y + row.height / 2) * 0.5, zoom: 0.5 });
  });

  it('answers null for cards and unknown headers (they are revealed as nodes)', () => {
    const layout = computeLayout(makeMap({ stages: 1, lanes: 1 }));
    expect(headerRevealViewport(layout, 'card:x', viewport, canvas)).toBeNull();
    expect(headerRevealViewport(layout, 'stage:nope', viewport, canvas)).toBeNull();
  });
});
