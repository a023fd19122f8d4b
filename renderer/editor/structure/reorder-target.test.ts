import { describe, expect, it } from 'vitest';
import { reorderTargetIndex } from './reorder-target';

// Three columns of width 100 starting at 0, 100, 200 (middles 50, 150, 250).
const spans = [
  { start: 0, size: 100 },
  { start: 100, size: 100 },
  { start: 200, size: 100 },
];

describe('reorderTargetIndex', () => {
  it.each([
    // [from, pointer, expected]
    [0, 10, 0], // dropped on its own place
    [0, 160, 1], // past the middle of the second column
    [0, 999, 2], // far right: last
    [2, -50, 0], // far left: first
    [2, 120, 1], // past the first middle only
    [1, 150, 1], // on itself (its own middle is not counted)
  ])('moves index %i dropped at %i to %i', (from, at, expected) => {
    expect(reorderTargetIndex(spans, from, at)).toBe(expected);
  });

  it('always returns an index within the list', () => {
    for (let from = 0; from < spans.length; from += 1) {
      for (let at = -500; at <= 800; at += 7) {
        const index = reorderTargetIndex(spans, from, at);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(spans.length);
      }
    }
  });
});
