import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { buildStageMetrics, previewImportedFunnel } from './build-stage-metrics';
import { mapColumns } from './column-roles';
import { cleanStepName, matchedByOrderOnly, matchSteps, normalizeStepName } from './match-steps';
import type { ImportedPeriod } from './types';

const steps = (...names: string[]) => names.map((name) => ({ name }));
const stages = (...names: string[]) => names.map((name, i) => ({ id: `st${i}`, name }));
const pairs = (matches: ReturnType<typeof matchSteps>) => matches.map((m) => [m.stepIndex, m.stageId, m.by]);

describe('normalizeStepName and cleanStepName', () => {
  it.each([
    ['1. First visit', 'first visit'],
    ['Step 2: Signed up', 'signed up'],
    ['第3步：下单', '下单'],
    ['步骤4、支付', '支付'],
    ['  ＡＤＤ＿ＴＯ＿ＣＡＲＴ ', 'add to cart'],
    ['3D printing', '3d printing'],
    ['2024 plan', '2024 plan'],
  ])('%s -> %s', (raw, normalized) => {
    expect(normalizeStepName(raw)).toBe(normalized);
  });

  it('keeps the case of display names', () => {
    expect(cleanStepName('1. First visit')).toBe('First visit');
    expect(cleanStepName('12.')).toBe('12.');
  });
});

describe('matchedByOrderOnly', () => {
  it('is true for a SaaS funnel whose step names match no e-commerce stage', () => {
    const matching = matchSteps(
      steps('Visited pricing page', 'Started free trial', 'Connected data source', 'Invited a colleague'),
      stages('Impression', 'Click', 'Add to cart', 'Order', 'Payment'),
    );
    expect(matching.map((m) => m.by)).toEqual(['order', 'order', 'order', 'order']);
    expect(matchedByOrderOnly(matching)).toBe(true);
  });

  it('is false once a name matches or the user chose a stage, and for no match at all', () => {
    const some = matchSteps(steps('Impression', 'Started trial'), stages('Impression', 'Click'));
    expect(some.map((m) => m.by)).toEqual(['name', 'order']);
    expect(matchedByOrderOnly(some)).toBe(false);
    expect(
      matchedByOrderOnly([
        { stepIndex: 0, stageId: 'st0', by: 'manual' },
        { stepIndex: 1, stageId: 'st1', by: 'order' },
      ]),
    ).toBe(false);
    expect(matchedByOrderOnly([{ stepIndex: 0, stageId: null, by: 'none' }])).toBe(false);
    expect(matchedByOrderOnly([])).toBe(false);
  });
});

describe('matchSteps', () => {
  it('matches by name, ignoring numbering, case and width', () => {
    const result = matchSteps(
      steps('1. awareness', '2. INTEREST', '3. Purchase'),
      stages('Awareness', 'Interest', 'Purchase'),
    );
    expect(pairs(result)).toEqual([
      [0, 'st0', 'name'],
      [1, 'st1', 'name'],
      [2, 'st2', 'name'],
    ]);
  });

  it('matches English steps to Chinese stages and Chinese steps to English stages', () => {
    expect(
      pairs(matchSteps(steps('Awareness', 'Interest', 'Purchase'), stages('认知', '兴趣', '购买'))),
    ).toEqual([
      [0, 'st0', 'name'],
      [1, 'st1', 'name'],
      [2, 'st2', 'name'],
    ]);
    expect(
      pairs(matchSteps(steps('线索获取', '成交'), stages('Lead capture', 'Needs discovery', 'Closed deal'))),
    ).toEqual([
      [0, 'st0', 'name'],
      [1, 'st2', 'name'],
    ]);
  });

  it("uses a stage's alternative names", () => {
    const result = matchSteps(steps('Sign-ups'), stages('注册'), { st0: ['sign ups'] });
    expect(pairs(result)).toEqual([[0, 'st0', 'name']]);
  });

  it('falls back to order when no name matches', () => {
    const result = matchSteps(
      steps('page_view', 'add_to_cart_x', 'purchase_y', 'extra'),
      stages('看', '买', '付'),
    );
    expect(pairs(result)).toEqual([
      [0, 'st0', 'order'],
      [1, 'st1', 'order'],
      [2, 'st2', 'order'],
      [3, null, 'none'],
    ]);
  });

  it('fills the gaps between name matches by order, never crossing a name match', () => {
    const result = matchSteps(
      steps('Awareness', 'Site visit', 'Purchase', 'Repeat order', 'Referral'),
      stages('Awareness', 'Interest', 'Consideration', 'Purchase', 'Loyalty'),
    );
    expect(pairs(result)).toEqual([
      [0, 'st0', 'name'],
      [1, 'st1', 'order'],
      [2, 'st3', 'name'],
      [3, 'st4', 'order'],
      [4, null, 'none'],
    ]);
  });

  it('gives each stage at most one step by name', () => {
    const result = matchSteps(steps('Purchase', 'purchases'), stages('Purchase'));
    expect(pairs(result)).toEqual([
      [0, 'st0', 'name'],
      [1, null, 'none'],
    ]);
  });

  it('handles no steps and no stages', () => {
    expect(matchSteps([], stages('A'))).toEqual([]);
    expect(pairs(matchSteps(steps('A'), []))).toEqual([[0, null, 'none']]);
  });
});

describe('buildStageMetrics and previewImportedFunnel', () => {
  const period: ImportedPeriod = {
    name: 'Q1',
    startDate: null,
    endDate: null,
    steps: [
      { name: '1. Awareness', count: 1000, metricLabel: 'visits', row: 2 },
      { name: '2. Purchase', count: 100, metricLabel: 'orders', row: 3 },
      { name: '3. Extra', count: 7, metricLabel: 'x', row: 4 },
    ],
  };
  const mapStages = stages('认知', '兴趣', '购买');
  const stageIds = mapStages.map((s) => s.id);

  it('builds the numbers to store in stage order, leaving unmatched stages out', () => {
    const matching = matchSteps(period.steps, mapStages);
    expect(buildStageMetrics(period, matching, stageIds)).toEqual([
      { stageId: 'st0', count: 1000, metricLabel: 'visits' },
      { stageId: 'st2', count: 100, metricLabel: 'orders' },
    ]);
  });

  it('follows a matching the user changed', () => {
    const matching = [
      { stepIndex: 1, stageId: 'st0', by: 'manual' as const },
      { stepIndex: 0, stageId: null, by: 'manual' as const },
      { stepIndex: 2, stageId: 'st1', by: 'manual' as const },
    ];
    expect(buildStageMetrics(period, matching, stageIds)).toEqual([
      { stageId: 'st0', count: 100, metricLabel: 'orders' },
      { stageId: 'st1', count: 7, metricLabel: 'x' },
    ]);
  });

  it.each([
    {
      name: 'two steps on one stage',
      matching: [
        { stepIndex: 0, stageId: 'st0', by: 'manual' as const },
        { stepIndex: 1, stageId: 'st0', by: 'manual' as const },
      ],
      path: 'matching.1.stageId',
    },
    {
      name: 'an unknown stage',
      matching: [{ stepIndex: 0, stageId: 'nope', by: 'manual' as const }],
      path: 'matching.0.stageId',
    },
    {
      name: 'an unknown step',
      matching: [{ stepIndex: 9, stageId: 'st0', by: 'manual' as const }],
      path: 'matching.0.stepIndex',
    },
  ])('rejects $name', ({ matching, path }) => {
    let caught: unknown;
    try {
      buildStageMetrics(period, matching, stageIds);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect(caught).toMatchObject({ code: 'invalid_input', path });
  });

  it('previews the resulting funnel with the stages targets', () => {
    const matching = matchSteps(period.steps, mapStages);
    const analysis = previewImportedFunnel(period, matching, [
      { id: 'st0', targetConversion: 20 },
      { id: 'st1' },
      { id: 'st2' },
    ]);
    expect(analysis.stages.map((row) => [row.count, row.conversion])).toEqual([
      [1000, null],
      [null, null],
      [100, null],
    ]);
    expect(analysis.overallConversion).toBe(10);
  });
});

describe('mapColumns', () => {
  it.each([
    { header: ['Event name', 'Event count'], step: 0, count: 1 },
    { header: ['Event count', 'Event'], step: 1, count: 0 },
    { header: ['Event count', 'Name (EN)'], step: 1, count: 0 },
    { header: ['Step', 'Event', 'Uniques', 'Conversion rate'], step: 1, count: 2 },
    { header: ['Stage (EN)', 'Active users (total)'], step: 0, count: 1 },
    { header: ['阶段', '客户数', '转化率'], step: 0, count: 1 },
  ])('$header', ({ header, step, count }) => {
    expect(mapColumns(header)).toMatchObject({ step, count });
  });
});
