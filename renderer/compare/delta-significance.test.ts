import { describe, expect, it } from 'vitest';
import { StageMetricSchema, type StageMetric } from '../../shared/domain';
import { deltaSignificance } from './delta-significance';

// The schema fills in every other field's default.
const metric = (periodId: string, stageId: string, count: number | null): StageMetric =>
  StageMetricSchema.parse({ periodId, stageId, count });
const stages = [{ id: 'lead' }, { id: 'deal' }, { id: 'won' }];

describe('deltaSignificance', () => {
  it('marks a large change significant and an unchanged conversion not significant', () => {
    const a = [metric('a', 'lead', 1000), metric('a', 'deal', 500), metric('a', 'won', 300)];
    const b = [metric('b', 'lead', 1000), metric('b', 'deal', 650), metric('b', 'won', 390)];
    const result = deltaSignificance(a, b, stages);
    expect(result.get('lead')).toMatchObject({ verdict: 'significant', test: 'z' });
    expect(result.get('deal')).toMatchObject({ verdict: 'notSignificant', points: 0 });
    expect(result.get('won')).toMatchObject({ verdict: 'noData' });
  });

  it('follows each side’s own stage order and says "not enough data" for small samples', () => {
    const a = [metric('a', 'lead', 20), metric('a', 'won', 10)];
    const b = [metric('b', 'lead', 20), metric('b', 'deal', 15), metric('b', 'won', 5)];
    const result = deltaSignificance(a, b, stages, [{ id: 'lead' }, { id: 'won' }]);
    expect(result.get('lead')).toMatchObject({ verdict: 'notEnoughData', previous: 50, current: 75 });
    expect(result.get('deal')).toMatchObject({ verdict: 'noData' });
  });
});
