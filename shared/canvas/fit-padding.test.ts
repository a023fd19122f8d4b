import { describe, expect, it } from 'vitest';
import { fitPadding, MINIMAP_RESERVE } from './fit-padding';

describe('fitPadding', () => {
  const canvas = { width: 1200, height: 800 };

  it('keeps an even margin when no minimap is shown', () => {
    expect(fitPadding({ width: 3000, height: 900 }, canvas, false)).toEqual({
      top: '32px',
      right: '48px',
      bottom: '32px',
      left: '48px',
    });
  });

  it('reserves the bottom strip for a wide map (it has height to spare)', () => {
    const padding = fitPadding({ width: 3000, height: 900 }, canvas, true);
    expect(padding.bottom).toBe(`${MINIMAP_RESERVE.height}px`);
    expect(padding.right).toBe('48px');
  });

  it('reserves the right strip for a tall map (it has width to spare)', () => {
    const padding = fitPadding({ width: 600, height: 2000 }, canvas, true);
    expect(padding.right).toBe(`${MINIMAP_RESERVE.width}px`);
    expect(padding.bottom).toBe('32px');
  });
});
