import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreToY } from './curve';
import { smoothPath } from './smooth-path';

/** The numbers of a path `d`, as [x, y] pairs (every command we emit takes x y pairs). */
function pathPairs(d: string): [number, number][] {
  const numbers = d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [];
  const pairs: [number, number][] = [];
  for (let i = 0; i < numbers.length; i += 2) pairs.push([numbers[i]!, numbers[i + 1]!]);
  return pairs;
}

describe('smoothPath', () => {
  it('is empty for no points and a move for one point (drawn as a dot)', () => {
    expect(smoothPath([])).toBe('');
    expect(smoothPath([{ x: 10, y: 20.126 }])).toBe('M10 20.13');
  });

  it('draws a cubic through every point, starting with M, with no NaN', () => {
    const d = smoothPath([
      { x: 0, y: 50 },
      { x: 100, y: 0 },
      { x: 200, y: 100 },
      { x: 300, y: 100 },
    ]);
    expect(d.startsWith('M0 50 C')).toBe(true);
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(d.match(/C/g)).toHaveLength(3);
    expect(d.endsWith(' 300 100')).toBe(true);
  });

  it('does not overshoot a peak: the control points at an extreme are flat', () => {
    const d = smoothPath([
      { x: 0, y: 100 },
      { x: 100, y: 0 },
      { x: 200, y: 100 },
    ]);
    const ys = pathPairs(d).map(([, y]) => y);
    expect(Math.min(...ys)).toBe(0);
    expect(Math.max(...ys)).toBe(100);
  });

  it('falls back to straight lines when x does not increase, and drops non-finite points', () => {
    expect(
      smoothPath([
        { x: 10, y: 0 },
        { x: 10, y: 5 },
        { x: 5, y: 1 },
      ]),
    ).toBe('M10 0 L10 5 L5 1');
    expect(
      smoothPath([
        { x: Number.NaN, y: 0 },
        { x: 1, y: 2 },
      ]),
    ).toBe('M1 2');
  });

  it("keeps every y of the path (ends and control points) inside the lane's -2..2 band", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -2, max: 2, noNaN: true }), { nil: null }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.array(fc.integer({ min: 1, max: 800 }), { minLength: 40, maxLength: 40 }),
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.integer({ min: 80, max: 2000 }),
        (means, widths, laneTop, laneHeight) => {
          let x = 0;
          const points = means.flatMap((mean, i) => {
            x += widths[i]!;
            return mean === null ? [] : [{ x, y: scoreToY(mean, laneTop, laneHeight) }];
          });
          const d = smoothPath(points);
          if (points.length === 0) return d === '';
          expect(d.startsWith('M')).toBe(true);
          expect(d).not.toMatch(/NaN|Infinity/);
          for (const [px, py] of pathPairs(d)) {
            expect(Number.isFinite(px)).toBe(true);
            // The -2..2 band of the lane; 0.01 because the path rounds coordinates to two decimals.
            expect(py).toBeGreaterThanOrEqual(scoreToY(2, laneTop, laneHeight) - 0.01);
            expect(py).toBeLessThanOrEqual(scoreToY(-2, laneTop, laneHeight) + 0.01);
          }
          return true;
        },
      ),
      { numRuns: 500 },
    );
  });
});
