import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  benchmarkRangeProblem,
  benchmarkStatus,
  benchmarkTarget,
  biggestLeakByCount,
  conversionRangeFromLoss,
  conversionTrends,
  formatMoney,
  formatPValue,
  cumulativeConversions,
  funnelInsight,
  funnelLeaks,
  analyzeFunnel,
  leakValue,
  periodRevenue,
  projectWhatIf,
  stageConversion,
  trendLine,
  whatIfValue,
} from './index';

const stages = (...counts: (number | null)[]) => counts.map((count, i) => ({ stageId: `s${i}`, count }));

describe('cumulativeConversions', () => {
  it('gives each stage as a share of the first: of 10,000 aware, 1.3% bought', () => {
    expect(cumulativeConversions([10_000, 4_000, 1_000, 130])).toEqual([100, 40, 10, 1.3]);
  });

  it.each([
    { counts: [null, 10, 5], expected: [null, null, null] },
    { counts: [0, 0], expected: [null, null] },
    { counts: [100, null, 20], expected: [100, null, 20] },
    { counts: [100, -4, Number.NaN], expected: [100, null, null] },
    { counts: [], expected: [] },
  ])('$counts -> $expected', ({ counts, expected }) => {
    expect(cumulativeConversions(counts)).toEqual(expected);
  });

  it('property: equals the product of the step conversions, and never rises in a shrinking funnel', () => {
    const funnel = fc
      .tuple(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
      )
      .map(([first, ratios]) => {
        const counts = [first];
        for (const r of ratios) counts.push(Math.floor((counts[counts.length - 1] as number) * r));
        return counts;
      });
    fc.assert(
      fc.property(funnel, (counts) => {
        const cumulative = cumulativeConversions(counts);
        let product = 100;
        return counts.every((_, i) => {
          if (i > 0) product *= (stageConversion(counts[i - 1], counts[i]) ?? 0) / 100;
          const value = cumulative[i] as number;
          const shrinking = i === 0 || value <= (cumulative[i - 1] as number);
          return shrinking && Math.abs(value - product) < 1e-9 * 100;
        });
      }),
    );
  });
});

describe('leaks by rate and by customers lost', () => {
  it('names different stages when an early stage with a modest rate loses the most people', () => {
    // 10,000 -> 5,000 loses 5,000 (50%); 5,000 -> 4,000 loses 1,000 (20%); 4,000 -> 400 loses 3,600 (90%).
    const leaks = funnelLeaks(analyzeFunnel(stages(10_000, 5_000, 4_000, 400)));
    expect(leaks).toEqual({ byRate: 2, byCount: 0, differ: true });
  });

  it('agrees when one stage is the worst both ways', () => {
    expect(funnelLeaks(analyzeFunnel(stages(1000, 900, 100)))).toEqual({
      byRate: 1,
      byCount: 1,
      differ: false,
    });
  });

  it.each([
    { dropOffs: [4000, 3000, 50], expected: 0 },
    { dropOffs: [10, 30, 30], expected: 1 },
    { dropOffs: [0, 0], expected: null },
    { dropOffs: [null, null], expected: null },
    { dropOffs: [], expected: null },
  ])('biggestLeakByCount($dropOffs) = $expected', ({ dropOffs, expected }) => {
    expect(biggestLeakByCount(dropOffs)).toBe(expected);
  });

  it('property: the leak by count loses at least as many customers as any other stage', () => {
    const count = fc.oneof(fc.constant(null), fc.nat({ max: 1_000_000 }));
    fc.assert(
      fc.property(fc.array(count, { maxLength: 10 }), (counts) => {
        const analysis = analyzeFunnel(stages(...counts));
        const { byCount } = funnelLeaks(analysis);
        const lost = analysis.stages.map((row) => row.dropOff ?? 0);
        if (byCount === null) return lost.every((l) => l === 0);
        return lost.every((l) => l <= (lost[byCount] as number));
      }),
    );
  });
});

describe('benchmarks', () => {
  it('turns a published loss rate into a conversion range: loses 30-40% -> converts 60-70%', () => {
    expect(conversionRangeFromLoss(30, 40)).toEqual({ minPercent: 60, maxPercent: 70 });
  });

  it.each([
    { conversion: 50, expected: 'below' },
    { conversion: 60, expected: 'within' },
    { conversion: 70, expected: 'within' },
    { conversion: 71, expected: 'above' },
    { conversion: null, expected: null },
    { conversion: 150, expected: null },
    { conversion: Number.NaN, expected: null },
  ])('conversion $conversion against 60-70% is $expected', ({ conversion, expected }) => {
    expect(benchmarkStatus(conversion, { minPercent: 60, maxPercent: 70 })).toBe(expected);
  });

  it('judges nothing against a missing or broken range', () => {
    expect(benchmarkStatus(50, null)).toBeNull();
    expect(benchmarkStatus(50, { minPercent: 80, maxPercent: 70 })).toBeNull();
  });

  it.each([
    { range: { minPercent: 60, maxPercent: 70 }, expected: null },
    { range: { minPercent: 70, maxPercent: 70 }, expected: null },
    { range: { minPercent: 80, maxPercent: 70 }, expected: 'minAboveMax' },
    { range: { minPercent: -1, maxPercent: 70 }, expected: 'outOfRange' },
    { range: { minPercent: 10, maxPercent: 101 }, expected: 'outOfRange' },
    { range: { minPercent: Number.NaN, maxPercent: 70 }, expected: 'notNumber' },
  ])('range $range has problem $expected', ({ range, expected }) => {
    expect(benchmarkRangeProblem(range)).toBe(expected);
  });

  it('a benchmark becomes the target of its lower end', () => {
    expect(benchmarkTarget({ minPercent: 60, maxPercent: 70 })).toBe(60);
  });

  it('property: a valid range flags exactly the conversions outside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b, c) => {
          const range = { minPercent: Math.min(a, b), maxPercent: Math.max(a, b) };
          const status = benchmarkStatus(c, range);
          return status === (c < range.minPercent ? 'below' : c > range.maxPercent ? 'above' : 'within');
        },
      ),
    );
  });
});

describe('revenue and what-if value', () => {
  it('revenue = customers at the last stage x order value', () => {
    expect(periodRevenue([1000, 100, 20], 500)).toBe(10_000);
    expect(periodRevenue([1000, 100, null], 500)).toBeNull();
    expect(periodRevenue([1000, 100, 20], null)).toBeNull();
    expect(periodRevenue([1000, 100, 20], -5)).toBeNull();
    expect(periodRevenue([], 5)).toBeNull();
  });

  it('raise Consideration -> Intent from 40% to 45%: +N customers, +X revenue per period', () => {
    // 10,000 aware -> 5,000 consider -> 2,000 intend (40%) -> 1,000 buy (50%).
    // At 45%: 2,250 intend -> 1,125 buy: +125 customers, x 80 = +10,000 revenue; x 400 LTV = +50,000.
    const value = whatIfValue([10_000, 5_000, 2_000, 1_000], 1, 45, { orderValue: 80, lifetimeValue: 400 });
    expect(value).toEqual({
      projectedCustomers: 1125,
      customers: 125,
      revenue: 10_000,
      lifetimeRevenue: 50_000,
    });
  });

  it('gives customers but no money without an order value', () => {
    expect(whatIfValue([100, 50, 10], 0, 60, { orderValue: null })).toEqual({
      projectedCustomers: 12,
      customers: 2,
      revenue: null,
      lifetimeRevenue: null,
    });
  });

  it('a leak is worth what closing it to its goal brings; nothing when the goal is met', () => {
    expect(leakValue([1000, 500, 100], 1, 30, { orderValue: 10 })).toEqual({
      projectedCustomers: 150,
      customers: 50,
      revenue: 500,
      lifetimeRevenue: null,
    });
    expect(leakValue([1000, 500, 100], 1, 20, { orderValue: 10 })).toBeNull();
    expect(leakValue([1000, 500, 100], 2, 20, { orderValue: 10 })).toBeNull();
    expect(leakValue([1000, null, 100], 0, 90, { orderValue: 10 })).toBeNull();
    expect(leakValue([1000, 500, 100], 0, null, { orderValue: 10 })).toBeNull();
  });

  it('property: the what-if revenue is the projected customer change x order value, 0 at the current conversion', () => {
    const funnel = fc
      .array(fc.integer({ min: 1, max: 100_000 }), { minLength: 2, maxLength: 8 })
      .map((xs) => xs.sort((a, b) => b - a));
    fc.assert(
      fc.property(
        funnel,
        fc.nat(),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        (counts, pick, conversion, order) => {
          const index = pick % (counts.length - 1);
          const value = whatIfValue(counts, index, conversion, { orderValue: order });
          const projection = projectWhatIf(counts, index, conversion);
          const last = counts.length - 1;
          const same = whatIfValue(
            counts,
            index,
            stageConversion(counts[index], counts[index + 1]) as number,
            { orderValue: order },
          );
          return (
            value.customers === projection.deltas[last] &&
            Math.abs((value.revenue as number) - (value.customers as number) * order) < 1e-6 &&
            Math.abs(same.customers as number) < 1e-6 * (counts[0] as number)
          );
        },
      ),
    );
  });
});

describe('funnelInsight', () => {
  it('puts both conversions, both leaks, benchmark flags and money together for one period', () => {
    const insight = funnelInsight(
      [
        { stageId: 'lead', count: 1000, benchmark: { minPercent: 60, maxPercent: 70 } },
        {
          stageId: 'discovery',
          count: 500,
          targetConversion: 80,
          benchmark: { minPercent: 70, maxPercent: 80 },
        },
        { stageId: 'proposal', count: 300 },
        { stageId: 'won', count: 30 },
      ],
      { orderValue: 1000, lifetimeValue: 5000 },
    );
    expect(insight.stages.map((s) => s.cumulativeConversion)).toEqual([100, 50, 30, 3]);
    expect(insight.stages.map((s) => s.benchmarkStatus)).toEqual(['below', 'below', null, null]);
    expect(insight.leaks).toEqual({ byRate: 2, byCount: 0, differ: true });
    expect(insight.revenue).toBe(30_000);
    expect(insight.lifetimeRevenue).toBe(150_000);
    // Lead closes to its benchmark (60%): 600 -> 360 -> 36 customers, +6.
    expect(insight.stages[0]).toMatchObject({
      closingGoal: 'benchmark',
      closingValue: { customers: 6, revenue: 6000 },
    });
    // Discovery closes to its target (80%), not its benchmark: 400 -> 40, +10.
    expect(insight.stages[1]).toMatchObject({
      closingGoal: 'target',
      closingValue: { customers: 10, revenue: 10_000 },
    });
    expect(insight.stages[2]).toMatchObject({ closingGoal: null, closingValue: null });
  });
});

describe('conversionTrends and trendLine', () => {
  it('gives each stage one conversion per period', () => {
    expect(
      conversionTrends([
        [100, 40, 20],
        [100, 50, null],
        [0, 10, 5],
      ]),
    ).toEqual([
      [40, 50, null],
      [50, null, 50],
      [null, null, null],
    ]);
    expect(conversionTrends([])).toEqual([]);
  });

  it('summarises a trend for the sparkline', () => {
    expect(trendLine([40, null, 50, 45])).toEqual({
      points: [
        { index: 0, value: 40 },
        { index: 2, value: 50 },
        { index: 3, value: 45 },
      ],
      min: 40,
      max: 50,
      change: 5,
    });
    expect(trendLine([null, 30])).toEqual({
      points: [{ index: 1, value: 30 }],
      min: 30,
      max: 30,
      change: null,
    });
    expect(trendLine([])).toEqual({ points: [], min: null, max: null, change: null });
  });
});

describe('formatMoney and formatPValue', () => {
  it('formats money in the map currency and language', () => {
    expect(formatMoney(12_000, 'CNY', 'zh-CN')).toBe('¥12,000');
    expect(formatMoney(10_000, 'USD', 'en', { signed: true })).toBe('+$10,000');
    expect(formatMoney(1234.6, null, 'en')).toBe('1,235');
    expect(formatMoney(null, 'USD', 'en')).toBe('—');
  });

  it('formats p-values', () => {
    expect(formatPValue(0.00742, 'en')).toBe('0.007');
    expect(formatPValue(0.0001, 'en')).toBe('< 0.001');
    expect(formatPValue(0.4857, 'zh-CN')).toBe('0.486');
    expect(formatPValue(null, 'en')).toBe('—');
  });
});
