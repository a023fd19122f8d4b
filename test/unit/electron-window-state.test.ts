import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW,
  EMPTY_WINDOW_STATE,
  mapIdFromAppUrl,
  parseWindowState,
  restoreBounds,
} from '../../electron/main/window-state';

const LAPTOP = { x: 0, y: 25, width: 1440, height: 875 };
const RIGHT_MONITOR = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('restoreBounds', () => {
  it('keeps saved bounds that are on a screen', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 700 };
    expect(restoreBounds(saved, [LAPTOP])).toEqual(saved);
    const right = { x: 2000, y: 100, width: 1600, height: 1000 };
    expect(restoreBounds(right, [LAPTOP, RIGHT_MONITOR])).toEqual(right);
  });

  it('centers the default size on the primary screen on first launch', () => {
    expect(restoreBounds(null, [{ x: 0, y: 0, width: 1920, height: 1080 }])).toEqual({
      x: 260,
      y: 90,
      width: DEFAULT_WINDOW.width,
      height: DEFAULT_WINDOW.height,
    });
  });

  it('moves a window from an unplugged monitor back onto the primary screen', () => {
    const bounds = restoreBounds({ x: 2000, y: 100, width: 1600, height: 1000 }, [LAPTOP]);
    expect(bounds.x).toBeGreaterThanOrEqual(LAPTOP.x);
    expect(bounds.y).toBeGreaterThanOrEqual(LAPTOP.y);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(LAPTOP.x + LAPTOP.width);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(LAPTOP.y + LAPTOP.height);
  });

  it('refuses a title bar above the screen or hanging off it, and shrinks a window bigger than its screen', () => {
    const above = restoreBounds({ x: 100, y: -500, width: 1000, height: 700 }, [LAPTOP]);
    expect(above.y).toBeGreaterThanOrEqual(LAPTOP.y);
    const huge = restoreBounds({ x: 10, y: 30, width: 5000, height: 4000 }, [LAPTOP]);
    expect(huge).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
    const offRight = restoreBounds({ x: 1400, y: 100, width: 1000, height: 600 }, [LAPTOP]);
    expect(offRight.x + offRight.width).toBeLessThanOrEqual(1440);
  });

  it('never makes the window smaller than the minimum when the screen allows it', () => {
    expect(restoreBounds({ x: 10, y: 30, width: 200, height: 100 }, [LAPTOP])).toMatchObject({
      width: 900,
      height: 600,
    });
  });
});

describe('parseWindowState', () => {
  it('reads what was saved', () => {
    const state = { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true, lastMapId: 'map_1' };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it('treats a missing, corrupt or tampered file as a first launch', () => {
    for (const text of [
      null,
      '',
      '{',
      '[]',
      JSON.stringify({ bounds: { x: 'a' }, maximized: false, lastMapId: null }),
      JSON.stringify({ bounds: null, maximized: false, lastMapId: '../../etc' }),
      JSON.stringify({ bounds: { x: 0, y: 0, width: 1e12, height: 1 }, maximized: false, lastMapId: null }),
    ]) {
      expect(parseWindowState(text)).toEqual(EMPTY_WINDOW_STATE);
    }
  });
});

describe('mapIdFromAppUrl', () => {
  it('reads the open map from the editor route only', () => {
    expect(mapIdFromAppUrl('app://journey/index.html#/map/abc_1-2')).toBe('abc_1-2');
    expect(mapIdFromAppUrl('app://journey/index.html#/')).toBeNull();
    expect(mapIdFromAppUrl('app://journey/index.html#/version/abc')).toBeNull();
    expect(mapIdFromAppUrl('app://journey/index.html#/map/a%2Fb')).toBeNull();
  });
});
