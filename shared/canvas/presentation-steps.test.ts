import { describe, expect, it } from 'vitest';
import { buildTemplateMap } from '../templates';
import { CANVAS, computeLayout } from './layout';
import {
  PRESENT_TITLE_PX,
  presentationSteps,
  presentationTitle,
  stepAfterKey,
  stepViewport,
} from './presentation-steps';

const salesMap = buildTemplateMap('sales-funnel', 'en', 'Funnel');
const salesFunnel = computeLayout(salesMap);
// The canvas's layout while the funnel band shows under the stage names (its room: 232 + 12).
const withBand = computeLayout(salesMap, { stageBandHeight: 244 });

describe('presentationSteps', () => {
  it('is the overview of the grid, then one step per stage column in map order', () => {
    const steps = presentationSteps(salesFunnel);
    expect(steps).toHaveLength(salesFunnel.stages.length + 1);
    expect(steps[0]).toEqual({ kind: 'overview', stageId: null, rect: salesFunnel.grid });
    salesFunnel.stages.forEach((column, i) => {
      expect(steps[i + 1]).toEqual({
        kind: 'stage',
        stageId: column.id,
        rect: { x: column.x, y: 0, width: column.width, height: salesFunnel.grid.height },
      });
    });
  });

  it('takes in the stage names, the funnel band under them and every lane while the band shows', () => {
    const steps = presentationSteps(withBand);
    const firstLane = withBand.lanes[0]!;
    const lastLane = withBand.lanes.at(-1)!;
    for (const step of steps) {
      // The header row moved up by the band's room; the band is between it and the first lane,
      // inside the step.
      expect(step.rect.y).toBe(-244);
      expect(firstLane.y).toBe(CANVAS.stageHeaderHeight);
      expect(step.rect.y + step.rect.height).toBe(lastLane.y + lastLane.height);
    }
  });
});

describe('stepViewport', () => {
  const screen = { width: 1920, height: 1080, bottom: 64 };

  it('shows the whole rectangle inside the screen, above the bottom bar, centred', () => {
    for (const step of presentationSteps(withBand)) {
      const v = stepViewport(step.rect, screen);
      const left = step.rect.x * v.zoom + v.x;
      const top = step.rect.y * v.zoom + v.y;
      const right = left + step.rect.width * v.zoom;
      const bottom = top + step.rect.height * v.zoom;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(1920 + 1e-6);
      expect(bottom).toBeLessThanOrEqual(1080 - 64 + 1e-6);
      // Centred: the free room is shared equally on both sides of the tighter direction's other one.
      expect(Math.abs(left - (1920 - right))).toBeLessThan(1e-6);
    }
  });

  it('never zooms a small stage past 2x', () => {
    expect(stepViewport({ x: 0, y: 0, width: 10, height: 10 }, screen).zoom).toBe(2);
  });
});

describe('presentationTitle', () => {
  it('renders titles at 24 screen px or more at any zoom, never smaller than the editor type', () => {
    for (const zoom of [0.3, 0.61, 0.85, 1, 1.37, 2]) {
      const title = presentationTitle(zoom);
      expect(title.fontSize * zoom).toBeGreaterThanOrEqual(PRESENT_TITLE_PX);
      expect(title.fontSize).toBeGreaterThanOrEqual(13);
      expect(title.lines).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives as many lines as the fixed card height holds', () => {
    expect(presentationTitle(2).lines).toBeGreaterThan(presentationTitle(0.8).lines);
    expect(presentationTitle(0.4).lines).toBe(1);
  });
});

describe('stepAfterKey', () => {
  it('steps forward with arrows, Page Down and Space, back with Page Up, Backspace and Shift+Space', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' '])
      expect(stepAfterKey(key, false, 2, 7)).toBe(3);
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])
      expect(stepAfterKey(key, false, 2, 7)).toBe(1);
    expect(stepAfterKey(' ', true, 2, 7)).toBe(1);
    expect(stepAfterKey('Home', false, 4, 7)).toBe(0);
    expect(stepAfterKey('End', false, 1, 7)).toBe(6);
  });

  it('stays at the ends and ignores other keys', () => {
    expect(stepAfterKey('PageDown', false, 6, 7)).toBe(6);
    expect(stepAfterKey('PageUp', false, 0, 7)).toBe(0);
    expect(stepAfterKey('a', false, 3, 7)).toBeNull();
  });
});
