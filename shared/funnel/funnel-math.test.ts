import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import {
  analyzeFunnel,
  biggestLeak,
  findHotspots,
  formatCount,
  formatMoney,
  formatPercent,
  numberFormat,
  meanEmotionByStage,
  median,
  overallConversion,
  periodChange,
  projectWhatIf,
  stageConversion,
  stageDropOff,
  type FunnelStageInput,
} from './index';

/** Walks any value and collects the paths of NaN or infinite numbers. */
function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFiniteNumbers(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => nonFiniteNumbers(item, `${path}.${key}`));
  }
  return [];
}

const stages = (...counts: (number | null)[]): FunnelStageInput[] =>
  counts.map((count, i) => ({ stageId: `s${i}`, count }));

describe('stageConversion and stageDropOff', () => {
  it.each([
    { current: 1000, next: 600, conversion: 60, dropOff: { count: 400, rate: 40 } },
    { current: 600, next: 600, conversion: 100, dropOff: { count: 0, rate: 0 } },
    { current: 500, next: 0, conversion: 0, dropOff: { count: 500, rate: 100 } },
    { current: 100, next: 150, conversion: 150, dropOff: null },
    { current: 0, next: 0, conversion: null, dropOff: null },
    { current: 0, next: 10, conversion: null, dropOff: null },
    { current: null, next: 10, conversion: null, dropOff: null },
    { current: 10, next: null, conversion: null, dropOff: null },
    { current: undefined, next: undefined, conversion: null, dropOff: null },
    { current: -5, next: 1, conversion: null, dropOff: null },
    { current: Number.NaN, next: 1, conversion: null, dropOff: null },
    { current: Number.POSITIVE_INFINITY, next: 1, conversion: null, dropOff: null },
  ])('$current -> $next converts $conversion', ({ current, next, conversion, dropOff }) => {
    expect(stageConversion(current, next)).toBe(conversion);
    expect(stageDropOff(current, next)).toEqual(dropOff);
  });
});

describe('overallConversion', () => {
  it.each([
    { counts: [1000, 600, 300, 150], expected: 15 },
    { counts: [1000, null, 300, 150], expected: 15 },
    { counts: [1000, 600, null], expected: null },
    { counts: [null, 600, 300], expected: null },
    { counts: [0, 0, 0], expected: null },
    { counts: [1000], expected: null },
    { counts: [], expected: null },
  ])('$counts -> $expected', ({ counts, expected }) => {
    expect(overallConversion(counts)).toBe(expected);
  });
});

describe('biggestLeak', () => {
  it.each([
    { conversions: [60, 30, 50], expected: 1 },
    { conversions: [40, 40, 50], expected: 0 },
    { conversions: [null, 80, null], expected: 1 },
    { conversions: [150, 90], expected: 1 },
    { conversions: [150, 120], expected: null },
    { conversions: [null, null], expected: null },
    { conversions: [], expected: null },
  ])('$conversions -> $expected', ({ conversions, expected }) => {
    expect(biggestLeak(conversions)).toBe(expected);
  });
});

describe('analyzeFunnel', () => {
  it('computes the textbook example: 1,000 leads, 600 reach the next stage', () => {
    const analysis = analyzeFunnel([
      { stageId: 'leads', count: 1000, targetConversion: 70 },
      { stageId: 'qualified', count: 600, targetConversion: 40 },
      { stageId: 'won', count: 300 },
    ]);
    expect(analysis.stages[0]).toEqual({
      stageId: 'leads',
      stageIndex: 0,
      count: 1000,
      conversion: 60,
      dropOff: 400,
      dropOffRate: 40,
      target: 70,
      targetMet: false,
      targetGap: -10,
      isBiggestLeak: false,
      overHundred: false,
      moreThanPrevious: false,
    });
    expect(analysis.stages[1]).toMatchObject({
      conversion: 50,
      targetMet: true,
      targetGap: 10,
      isBiggestLeak: true,
    });
    expect(analysis.stages[2]).toMatchObject({
      conversion: null,
      dropOff: null,
      target: null,
      targetMet: null,
    });
    expect(analysis.overallConversion).toBe(30);
    expect(analysis.biggestLeakIndex).toBe(1);
    expect(analysis.dataProblems).toEqual([]);
  });

  it('flags the stage with more customers than the one before it, instead of hiding it', () => {
    const analysis = analyzeFunnel(stages(100, 150, 30));
    expect(analysis.stages[0]).toMatchObject({
      conversion: 150,
      overHundred: true,
      moreThanPrevious: false,
      isBiggestLeak: false,
    });
    expect(analysis.stages[1]).toMatchObject({ count: 150, moreThanPrevious: true });
    expect(analysis.dataProblems).toEqual([{ stageId: 's1', stageIndex: 1, kind: 'moreThanPrevious' }]);
    expect(analysis.biggestLeakIndex).toBe(1);
  });

  it('never shows a negative drop-off: Loyalty (80) above Purchase (60) has no drop-off on Purchase', () => {
    const analysis = analyzeFunnel([
      { stageId: 'intent', count: 100 },
      { stageId: 'purchase', count: 60 },
      { stageId: 'loyalty', count: 80 },
    ]);
    expect(analysis.stages[1]).toMatchObject({ stageId: 'purchase', dropOff: null, dropOffRate: null });
    expect(analysis.stages[1]?.moreThanPrevious).toBe(false);
    expect(analysis.stages[2]).toMatchObject({ stageId: 'loyalty', moreThanPrevious: true });
    expect(analysis.dataProblems).toEqual([{ stageId: 'loyalty', stageIndex: 2, kind: 'moreThanPrevious' }]);
    for (const row of analysis.stages) {
      expect(row.dropOff === null || row.dropOff >= 0).toBe(true);
      expect(row.dropOffRate === null || row.dropOffRate >= 0).toBe(true);
    }
  });

  it('treats negative and non-finite counts as unknown and reports them', () => {
    const analysis = analyzeFunnel(stages(100, -3, Number.NaN, 10));
    expect(analysis.stages.map((row) => row.count)).toEqual([100, null, null, 10]);
    expect(analysis.dataProblems.map((p) => [p.stageIndex, p.kind])).toEqual([
      [1, 'invalidCount'],
      [2, 'invalidCount'],
    ]);
    expect(nonFiniteNumbers(analysis)).toEqual([]);
  });

  it.each([
    { name: 'zeros', counts: [0, 0, 0] },
    { name: 'missing counts', counts: [null, 500, null, 20] },
    { name: 'zero then numbers', counts: [0, 10, 5] },
    { name: 'all missing', counts: [null, null] },
  ])('yields no NaN or Infinity anywhere for $name', ({ counts }) => {
    const analysis = analyzeFunnel(stages(...counts));
    expect(nonFiniteNumbers(analysis)).toEqual([]);
    expect(nonFiniteNumbers(projectWhatIf(counts, 0, 50))).toEqual([]);
  });

  it('handles a single stage: no conversion, no leak, no overall conversion', () => {
    const analysis = analyzeFunnel(stages(1000));
    expect(analysis.stages[0]).toMatchObject({ count: 1000, conversion: null, dropOffRate: null });
    expect(analysis.overallConversion).toBeNull();
    expect(analysis.biggestLeakIndex).toBeNull();
  });

  it('handles an empty funnel', () => {
    expect(analyzeFunnel([])).toEqual({
      stages: [],
      overallConversion: null,
      biggestLeakIndex: null,
      dataProblems: [],
    });
  });
});

describe('meanEmotionByStage and findHotspots', () => {
  const emotion = (stageId: string | null, score: number) => ({ kind: 'emotion', stageId, score });

  it('averages emotion cards per stage, ignoring other cards and free cards', () => {
    const cards = [
      emotion('a', -2),
      emotion('a', 1),
      emotion('b', 2),
      emotion(null, -2),
      { kind: 'note', stageId: 'c' },
    ];
    expect(meanEmotionByStage(cards, ['a', 'b', 'c'])).toEqual([
      { stageId: 'a', mean: -0.5, cardCount: 2 },
      { stageId: 'b', mean: 2, cardCount: 1 },
      { stageId: 'c', mean: null, cardCount: 0 },
    ]);
  });

  it('finds stages with negative emotion and drop-off above the median', () => {
    // Drop-off rates: 20, 50, 10 -> median 20.
    const analysis = analyzeFunnel(stages(1000, 800, 400, 360));
    const emotions = meanEmotionByStage(
      [emotion('s0', -2), emotion('s1', -1), emotion('s2', -2), emotion('s3', -2)],
      ['s0', 's1', 's2', 's3'],
    );
    expect(findHotspots(analysis, emotions)).toEqual([
      { stageId: 's1', stageIndex: 1, meanEmotion: -1, dropOffRate: 50, medianDropOffRate: 20 },
    ]);
  });

  it('does not call a happy stage with a high drop-off a hotspot', () => {
    const analysis = analyzeFunnel(stages(1000, 800, 400, 360));
    const emotions = meanEmotionByStage([emotion('s1', 1)], ['s0', 's1', 's2', 's3']);
    expect(findHotspots(analysis, emotions)).toEqual([]);
  });

  it('finds no hotspot without drop-off rates', () => {
    const analysis = analyzeFunnel(stages(null, null));
    expect(findHotspots(analysis, meanEmotionByStage([emotion('s0', -2)], ['s0', 's1']))).toEqual([]);
  });

  it('computes medians', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('projectWhatIf', () => {
  it('projects downstream counts with each later stage keeping its own conversion', () => {
    const projection = projectWhatIf([1000, 600, 300, 150], 1, 80);
    expect(projection.counts).toEqual([1000, 600, 480, 240]);
    expect(projection.deltas).toEqual([0, 0, 180, 90]);
    expect(projection.overallConversion).toBe(24);
  });

  it('stops at a downstream stage with an unknown conversion', () => {
    expect(projectWhatIf([1000, 600, null, 150], 0, 50).counts).toEqual([1000, 500, null, null]);
  });

  it('leaves its input untouched', () => {
    const counts = [1000, 600, 300];
    projectWhatIf(counts, 0, 10);
    expect(counts).toEqual([1000, 600, 300]);
  });

  it.each([
    { counts: [1, 2, 3], index: 2, conversion: 50, path: 'stageIndex' },
    { counts: [1, 2, 3], index: -1, conversion: 50, path: 'stageIndex' },
    { counts: [1], index: 0, conversion: 50, path: 'stageIndex' },
    { counts: [1, 2], index: 0, conversion: -1, path: 'newConversion' },
    { counts: [1, 2], index: 0, conversion: Number.NaN, path: 'newConversion' },
  ])('rejects index $index / conversion $conversion', ({ counts, index, conversion, path }) => {
    let caught: unknown;
    try {
      projectWhatIf(counts, index, conversion);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect(caught).toMatchObject({ code: 'invalid_input', path });
  });
});

describe('periodChange', () => {
  it.each([
    { current: 1200, previous: 1000, expected: { absolute: 200, relative: 20 } },
    { current: 800, previous: 1000, expected: { absolute: -200, relative: -20 } },
    { current: 5, previous: 0, expected: { absolute: 5, relative: null } },
    { current: null, previous: 1000, expected: { absolute: null, relative: null } },
    { current: 10, previous: undefined, expected: { absolute: null, relative: null } },
    { current: Number.NaN, previous: 3, expected: { absolute: null, relative: null } },
  ])('$previous -> $current', ({ current, previous, expected }) => {
    expect(periodChange(current, previous)).toEqual(expected);
  });
});

describe('formatPercent and formatCount', () => {
  it.each([
    { value: 60, language: 'en', expected: '60.0%' },
    { value: 12.345, language: 'zh-CN', expected: '12.3%' },
    { value: null, language: 'en', expected: '—' },
    { value: Number.NaN, language: 'en', expected: '—' },
    { value: Number.POSITIVE_INFINITY, language: 'zh-CN', expected: '—' },
  ])('formatPercent($value, $language) = $expected', ({ value, language, expected }) => {
    expect(formatPercent(value, language)).toBe(expected);
  });

  it('formats signed changes and counts', () => {
    expect(formatPercent(5, 'en', { signed: true, fractionDigits: 0 })).toBe('+5%');
    expect(formatCount(12345.6, 'en')).toBe('12,346');
    expect(formatCount(-200, 'en', { signed: true })).toBe('-200');
    expect(formatCount(200, 'zh-CN', { signed: true })).toBe('+200');
    expect(formatCount(undefined, 'en')).toBe('—');
  });

  it('keeps one formatter per language and options, and the options still apply after reuse', () => {
    expect(numberFormat('en', { maximumFractionDigits: 0 })).toBe(
      numberFormat('en', { maximumFractionDigits: 0 }),
    );
    expect(numberFormat('en', { maximumFractionDigits: 0 })).not.toBe(
      numberFormat('zh-CN', { maximumFractionDigits: 0 }),
    );
    // Same language, other options: counts, signed counts and percentages do not share a formatter.
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatCount(1234, 'en', { signed: true })).toBe('+1,234');
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
    expect(formatPercent(12.5, 'en', { fractionDigits: 0 })).toBe('13%');
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatMoney(1200, 'EUR', 'en')).toBe('€1,200');
    // An unknown currency is refused each time; nothing broken is kept.
    expect(() => formatMoney(1, 'NOT A CODE', 'en')).toThrow(RangeError);
    expect(() => formatMoney(1, 'NOT A CODE', 'en')).toThrow(RangeError);
  });
});

describe('properties', () => {
  const count = fc.oneof(fc.constant(null), fc.nat({ max: 10_000_000 }));

  it('conversion of any non-negative counts is null or finite', () => {
    fc.assert(
      fc.property(count, count, (current, next) => {
        const conversion = stageConversion(current, next);
        return conversion === null || Number.isFinite(conversion);
      }),
    );
  });

  it('no drop-off of any counts is negative, and every stage above its predecessor is flagged', () => {
    fc.assert(
      fc.property(fc.array(count, { maxLength: 12 }), (counts) => {
        const analysis = analyzeFunnel(stages(...counts));
        return analysis.stages.every((row, i) => {
          const previous = counts[i - 1];
          const own = counts[i];
          const above = i > 0 && previous != null && own != null && previous > 0 && own > previous;
          return (row.dropOff === null || row.dropOff >= 0) && row.moreThanPrevious === above;
        });
      }),
    );
  });

  it('an analysis of any counts contains no NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.array(count, { maxLength: 12 }), (counts) => {
        return nonFiniteNumbers(analyzeFunnel(stages(...counts))).length === 0;
      }),
    );
  });

  it('projected counts never increase down the funnel when every conversion is <= 100%', () => {
    const funnel = fc
      .tuple(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 10 }),
      )
      .map(([first, ratios]) => {
        const counts = [first];
        for (const ratio of ratios) counts.push(Math.floor((counts[counts.length - 1] as number) * ratio));
        return counts;
      });
    fc.assert(
      fc.property(
        funnel,
        fc.nat(),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (counts, rawIndex, conversion) => {
          const index = rawIndex % (counts.length - 1);
          const projected = projectWhatIf(counts, index, conversion).counts;
          return projected.every((value, i) => {
            if (i === 0) return true;
            const previous = projected[i - 1];
            return value === null || previous === null || previous === undefined || value <= previous;
          });
        },
      ),
    );
  });

  it("what-if with the stage's own conversion reproduces the original counts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 2, maxLength: 10 }),
        fc.nat(),
        (counts, rawIndex) => {
          const index = rawIndex % (counts.length - 1);
          const own = stageConversion(counts[index], counts[index + 1]) as number;
          const projected = projectWhatIf(counts, index, own).counts;
          return projected.every(
            (value, i) =>
              value !== null && Math.abs(value - (counts[i] as number)) < 1e-6 * (counts[i] as number) + 1e-6,
          );
        },
      ),
    );
  });
});
