import { describe, expect, it } from 'vitest';
import {
  CANVAS_LIMITS,
  checkPngSize,
  fitsCanvas,
  largestFittingScale,
  pngOutputSize,
} from '../../shared/export';

describe('PNG size guard', () => {
  it('is the content plus margins, times the scale, rounded up', () => {
    expect(pngOutputSize({ width: 1000, height: 500 }, 2, 24)).toEqual({ width: 2096, height: 1096 });
    expect(pngOutputSize({ width: 100.2, height: 50 }, 3, 0)).toEqual({ width: 301, height: 150 });
  });

  it('accepts a normal map at every scale', () => {
    const check = checkPngSize({ width: 2500, height: 1200 }, 4, 32);
    expect(check.ok).toBe(true);
    expect(check.size).toEqual({ width: 10256, height: 5056 });
  });

  it('refuses a side over 16,384 px and offers the largest scale that fits', () => {
    const check = checkPngSize({ width: 5000, height: 1000 }, 4, 24);
    expect(check.ok).toBe(false);
    expect(check.largestOfferedScale).toBe(3);
    expect(fitsCanvas(pngOutputSize({ width: 5000, height: 1000 }, 3, 24))).toBe(true);
  });

  it('refuses an area over 268,435,456 px even when both sides fit', () => {
    // 16,000 x 16,000 = 256 M px fits; 16,384 x 16,384 is the exact limit; 3x of 5,400 x 5,400 is over.
    expect(fitsCanvas({ width: CANVAS_LIMITS.maxSide, height: CANVAS_LIMITS.maxSide })).toBe(true);
    expect(fitsCanvas({ width: 16_300, height: 16_400 })).toBe(false);
    const check = checkPngSize({ width: 5400, height: 5400 }, 4, 0);
    expect(check.ok).toBe(false);
    expect(check.largestOfferedScale).toBe(3);
  });

  it('offers a fractional scale when even 1x is too big', () => {
    const content = { width: 40_000, height: 3_000 };
    const check = checkPngSize(content, 1, 20);
    expect(check.ok).toBe(false);
    expect(check.largestOfferedScale).toBeNull();
    expect(check.largestScale).toBeGreaterThan(0.39);
    expect(check.largestScale).toBeLessThan(1);
    expect(fitsCanvas(pngOutputSize(content, check.largestScale, 20))).toBe(true);
    expect(fitsCanvas(pngOutputSize(content, check.largestScale + 0.01, 20))).toBe(false);
  });

  it('the largest fitting scale always fits and the next hundredth does not', () => {
    for (const [w, h] of [
      [1000, 1000],
      [7777, 333],
      [123, 45_678],
      [9000, 9000],
    ] as const) {
      const s = largestFittingScale({ width: w, height: h }, 16);
      expect(fitsCanvas(pngOutputSize({ width: w, height: h }, s, 16))).toBe(true);
      expect(fitsCanvas(pngOutputSize({ width: w, height: h }, s + 0.01, 16))).toBe(false);
    }
  });
});
