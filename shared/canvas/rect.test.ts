import { describe, expect, it } from 'vitest';
import { unionOfRects } from './rect';

describe('unionOfRects', () => {
  it('holds every rectangle, negative coordinates included, and is null for none', () => {
    expect(
      unionOfRects([
        { x: 10, y: -40, width: 20, height: 10 },
        { x: -5, y: 0, width: 10, height: 100 },
      ]),
    ).toEqual({ x: -5, y: -40, width: 35, height: 140 });
    expect(unionOfRects([{ x: 1, y: 2, width: 3, height: 4 }])).toEqual({ x: 1, y: 2, width: 3, height: 4 });
    expect(unionOfRects([])).toBeNull();
  });
});
