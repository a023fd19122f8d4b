import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  erfc,
  fisherExactTwoSided,
  normalTwoSidedP,
  periodConversionChanges,
  testConversionChange,
  twoProportionZTest,
} from './significance';

/*
 * Independent reference implementations, written only for these tests and sharing no code with
 * significance.ts:
 * - fisherReference: exact enumeration of the hypergeometric distribution with BigInt binomials, the
 *   two-sided p-value as an exact rational (tables with P <= P(observed), compared by cross-
 *   multiplication, no floating point until the final division).
 * - normalTailReference: the two-sided normal tail by composite Simpson integration of the standard
 *   normal density over [|z|, |z| + 12] (beyond it the density is below e^-72 of its value at |z|),
 *   not by any erfc formula.
 */
function choose(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let result = 1n;
  for (let i = 1; i <= k; i += 1) result = (result * BigInt(n - k + i)) / BigInt(i);
  return result;
}

function fisherReference(a: number, b: number, c: number, d: number): number {
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const weight = (x: number) => choose(r1, x) * choose(r2, c1 - x);
  const observed = weight(a);
  let tail = 0n;
  let total = 0n;
  for (let x = 0; x <= Math.min(r1, c1); x += 1) {
    const w = weight(x);
    total += w;
    if (w <= observed) tail += w;
  }
  // Ten significant digits are plenty for a p-value; BigInt division keeps them exact.
  const scale = 10n ** 15n;
  return Number((tail * scale) / total) / 1e15;
}

function normalTailReference(z: number): number {
  const from = Math.abs(z);
  const steps = 40_000;
  const h = 12 / steps;
  const density = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
  let sum = density(from) + density(from + 12);
  for (let i = 1; i < steps; i += 1) sum += density(from + i * h) * (i % 2 === 1 ? 4 : 2);
  return 2 * ((sum * h) / 3);
}

describe('normal tail', () => {
  // Two-sided critical values of the standard normal table (any statistics textbook, e.g. NIST/SEMATECH
  // e-Handbook of Statistical Methods, 1.3.6.7.1): |z| = 1.959964 -> 0.05, 2.575829 -> 0.01, 3.290527 -> 0.001.
  it.each([
    { z: 0, p: 1 },
    { z: 1.959964, p: 0.05 },
    { z: -1.959964, p: 0.05 },
    { z: 2.575829, p: 0.01 },
    { z: 3.290527, p: 0.001 },
  ])('two-sided P(|Z| >= $z) = $p (normal table)', ({ z, p }) => {
    expect(normalTwoSidedP(z)).toBeCloseTo(p, 6);
  });

  it('agrees with the Simpson reference to 1e-9 relative, far into the tail', () => {
    for (let z = 0; z <= 8; z += 0.125) {
      const reference = normalTailReference(z);
      expect(Math.abs(normalTwoSidedP(z) - reference) / reference).toBeLessThan(1e-9);
    }
    expect(erfc(-1)).toBeCloseTo(2 - erfc(1), 12);
  });
});

describe('twoProportionZTest', () => {
  it('computes the worked example 200/1000 vs 250/1000 by hand', () => {
    // Pooled p = 450/2000 = 0.225; SE = sqrt(0.225 * 0.775 * (1/1000 + 1/1000)) = 0.0186748;
    // z = (0.25 - 0.20) / 0.0186748 = 2.67741; two-sided p from the Simpson reference.
    const { z, pValue } = twoProportionZTest(200, 1000, 250, 1000);
    expect(z).toBeCloseTo(2.67741, 4);
    expect(pValue).toBeCloseTo(normalTailReference(2.677406), 6);
    expect(pValue).toBeCloseTo(0.00742, 4);
  });

  it("z squared is Pearson's chi-square of the 2x2 table (no continuity correction)", () => {
    const [x1, n1, x2, n2] = [45, 120, 70, 130];
    const table = [
      [x1, n1 - x1],
      [x2, n2 - x2],
    ];
    const total = n1 + n2;
    const rows = [n1, n2];
    const cols = [x1 + x2, total - x1 - x2];
    let chi = 0;
    for (let i = 0; i < 2; i += 1) {
      for (let j = 0; j < 2; j += 1) {
        const expected = ((rows[i] as number) * (cols[j] as number)) / total;
        chi += ((table[i]?.[j] as number) - expected) ** 2 / expected;
      }
    }
    expect(twoProportionZTest(x1, n1, x2, n2).z ** 2).toBeCloseTo(chi, 9);
  });

  it('has nothing to test when nobody (or everybody) converts', () => {
    expect(twoProportionZTest(0, 100, 0, 100)).toEqual({ z: 0, pValue: 1 });
    expect(twoProportionZTest(100, 100, 50, 50)).toEqual({ z: 0, pValue: 1 });
  });
});

describe('fisherExactTwoSided', () => {
  it("reproduces Fisher's lady tasting tea: [[3,1],[1,3]] two-sided p = 34/70 = 0.4857", () => {
    // R. A. Fisher, The Design of Experiments (1935), ch. II; R's ?fisher.test TeaTasting example
    // prints p-value = 0.4857.
    expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(34 / 70, 12);
  });

  it('reproduces the dieting example [[1,9],[11,3]]: two-sided p = 0.002759', () => {
    // Wikipedia, "Fisher's exact test", example (men/women dieting); checked here by enumeration too.
    expect(fisherExactTwoSided(1, 9, 11, 3)).toBeCloseTo(0.002759, 6);
    expect(fisherExactTwoSided(1, 9, 11, 3)).toBeCloseTo(fisherReference(1, 9, 11, 3), 12);
  });

  it('is 1 when a margin leaves only one table', () => {
    expect(fisherExactTwoSided(0, 0, 5, 5)).toBe(1);
    expect(fisherExactTwoSided(0, 10, 0, 10)).toBe(1);
  });

  it('property: equals the BigInt enumeration for every small table', () => {
    const cell = fc.nat({ max: 25 });
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        const p = fisherExactTwoSided(a, b, c, d);
        return Math.abs(p - fisherReference(a, b, c, d)) < 1e-9 && p >= 0 && p <= 1;
      }),
    );
  });

  it('handles large margins without overflow', () => {
    const p = fisherExactTwoSided(2, 99_998, 12, 99_988);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(0.05);
  });
});

describe('testConversionChange', () => {
  it('calls a large, clear change significant with the z-test', () => {
    const result = testConversionChange({ entered: 1000, converted: 200 }, { entered: 1000, converted: 250 });
    expect(result).toMatchObject({ previous: 20, current: 25, test: 'z', verdict: 'significant' });
    expect(result.points).toBeCloseTo(5, 12);
    expect(result.pValue).toBeCloseTo(0.00742, 4);
  });

  it('calls a small change on few customers not significant', () => {
    const result = testConversionChange({ entered: 100, converted: 40 }, { entered: 100, converted: 45 });
    expect(result).toMatchObject({ test: 'z', verdict: 'notSignificant' });
    expect(result.points).toBeCloseTo(5, 12);
  });

  it('uses the exact test when an expected cell is below 5', () => {
    // 8 of 80 convert: the expected converted count per period is 4.
    const result = testConversionChange({ entered: 40, converted: 0 }, { entered: 40, converted: 8 });
    expect(result.test).toBe('fisher');
    expect(result.pValue).toBeCloseTo(fisherReference(0, 40, 8, 32), 12);
    expect(result.verdict).toBe('significant');
  });

  it('says "not enough data" below the minimum sample, but still gives the points', () => {
    const result = testConversionChange({ entered: 20, converted: 2 }, { entered: 1000, converted: 500 });
    expect(result).toMatchObject({
      verdict: 'notEnoughData',
      pValue: null,
      test: null,
      previous: 10,
      current: 50,
    });
    expect(result.points).toBe(40);
  });

  it('tests nothing without both conversions, or over 100%', () => {
    expect(
      testConversionChange({ entered: null, converted: 2 }, { entered: 100, converted: 50 }),
    ).toMatchObject({ verdict: 'noData', points: null });
    expect(
      testConversionChange({ entered: 100, converted: 120 }, { entered: 100, converted: 50 }),
    ).toMatchObject({ verdict: 'noData', points: -70 });
  });

  it('tests every stage between two periods; the last stage has none', () => {
    const changes = periodConversionChanges([1000, 200, 100], [1000, 250, 125]);
    expect(changes.map((c) => c.verdict)).toEqual(['significant', 'notSignificant', 'noData']);
  });

  it('property: p is in [0, 1], and swapping the periods keeps p and negates the points', () => {
    const sample = fc
      .integer({ min: 1, max: 5000 })
      .chain((entered) =>
        fc.record({ entered: fc.constant(entered), converted: fc.integer({ min: 0, max: entered }) }),
      );
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const forward = testConversionChange(a, b);
        const backward = testConversionChange(b, a);
        if (forward.pValue === null) return backward.pValue === null && forward.verdict === backward.verdict;
        return (
          forward.pValue >= 0 &&
          forward.pValue <= 1 &&
          Math.abs(forward.pValue - (backward.pValue as number)) < 1e-9 &&
          Math.abs((forward.points as number) + (backward.points as number)) < 1e-9 &&
          forward.verdict === backward.verdict
        );
      }),
    );
  });

  it('property: the z-test p-value matches the Simpson reference', () => {
    const sample = fc
      .integer({ min: 50, max: 5000 })
      .chain((entered) =>
        fc.record({ entered: fc.constant(entered), converted: fc.integer({ min: 10, max: entered - 10 }) }),
      );
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const { z, pValue } = twoProportionZTest(a.converted, a.entered, b.converted, b.entered);
        const reference = normalTailReference(z);
        return Math.abs(pValue - reference) <= 1e-9 * reference + 1e-300;
      }),
      { numRuns: 60 },
    );
  });
});
