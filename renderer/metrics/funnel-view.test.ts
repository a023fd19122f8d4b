import { describe, expect, it } from 'vitest';
import type { MapMetrics, PeriodWithMetrics } from '../../shared/api';
import { buildFunnelView, previousPeriod } from './funnel-view';

const period = (id: string, startDate: string | null, counts: (number | null)[]): PeriodWithMetrics => ({
  id,
  mapId: 'm',
  name: id,
  startDate,
  endDate: null,
  source: 'manual',
  provenance: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  metrics: counts.map((count, i) => ({
    periodId: id,
    stageId: `s${i}`,
    metricLabel: '',
    count,
    targetConversion: null,
    avgDaysInStage: null,
    lossReasons: '',
  })),
});

const map = {
  stages: ['Leads', 'Qualified', 'Won'].map((name, i) => ({
    id: `s${i}`,
    name,
    description: '',
    goal: '',
    width: 280,
  })),
  cards: [{ kind: 'emotion', stageId: 's0', score: -2 }] as never[],
};

describe('previousPeriod', () => {
  it('takes the latest period that starts before, ignoring undated ones', () => {
    const periods = [period('a', '2026-01-01', []), period('b', '2026-04-01', []), period('c', null, [])];
    expect(previousPeriod(periods, periods[1] ?? null)?.id).toBe('a');
    expect(previousPeriod(periods, periods[0] ?? null)).toBeNull();
    expect(previousPeriod(periods, periods[2] ?? null)).toBeNull();
  });
});

describe('buildFunnelView', () => {
  it('computes the textbook figures, the change against the previous period and hotspots', () => {
    const metrics: MapMetrics = {
      mapId: 'm',
      activePeriodId: 'q2',
      benchmarks: [],
      value: null,
      periods: [period('q1', '2026-01-01', [800, 500, 100]), period('q2', '2026-04-01', [1000, 600, 300])],
    };
    const view = buildFunnelView(map, metrics);
    expect(view.period?.id).toBe('q2');
    expect(view.previous?.id).toBe('q1');
    expect(view.stages[0]?.row).toMatchObject({ conversion: 60, dropOff: 400, dropOffRate: 40 });
    expect(view.stages[0]?.countChange).toEqual({ absolute: 200, relative: 25 });
    expect(view.analysis.overallConversion).toBe(30);
    expect(view.stages[1]?.row.isBiggestLeak).toBe(true);
    expect(view.hasNumbers).toBe(true);
    // s0: emotion -2 and drop-off 40% vs median 45%: not a hotspot.
    expect(view.hotspots).toEqual([]);
  });

  it('gives each stage the stage before it, for the "more customers than …" flag', () => {
    const metrics: MapMetrics = {
      mapId: 'm',
      activePeriodId: 'q',
      benchmarks: [],
      value: null,
      periods: [period('q', null, [100, 60, 80])],
    };
    const view = buildFunnelView(map, metrics);
    expect(view.stages.map((s) => s.previousStage)).toEqual([
      null,
      { name: 'Leads', count: 100 },
      { name: 'Qualified', count: 60 },
    ]);
    expect(view.stages.map((s) => s.row.moreThanPrevious)).toEqual([false, false, true]);
    expect(view.stages[1]?.row).toMatchObject({ dropOff: null, dropOffRate: null });
  });

  it('has no figures without a period', () => {
    const view = buildFunnelView(map, null);
    expect(view.period).toBeNull();
    expect(view.hasNumbers).toBe(false);
    expect(view.stages.map((s) => s.row.count)).toEqual([null, null, null]);
  });
});

describe('buildFunnelView: insight figures (issue 15)', () => {
  const metrics = (overrides: Partial<MapMetrics> = {}): MapMetrics => ({
    mapId: 'm',
    activePeriodId: 'q2',
    periods: [
      period('q1', '2026-01-01', [1000, 500, 100]),
      { ...period('q2', '2026-04-01', [1000, 650, 130]), orderValue: 90 },
    ],
    benchmarks: [{ stageId: 's0', minPercent: 70, maxPercent: 80 }],
    value: { orderValue: 50, currency: 'EUR', lifetimeValue: 200 },
    ...overrides,
  });

  it('tests each conversion change against the previous period and uses the period’s order value', () => {
    const view = buildFunnelView(map, metrics());
    expect(view.stages[0]?.conversionChange).toMatchObject({ verdict: 'significant', test: 'z' });
    expect(view.stages[1]?.conversionChange).toMatchObject({ verdict: 'notSignificant', points: 0 });
    expect(view.stages[2]?.conversionChange).toMatchObject({ verdict: 'noData' });
    expect(view.money).toEqual({ orderValue: 90, lifetimeValue: 200, currency: 'EUR' });
    expect(view.insight.revenue).toBe(130 * 90);
    expect(view.insight.stages[0]).toMatchObject({ benchmarkStatus: 'below', cumulativeConversion: 100 });
  });

  it('has no change without a previous period, and the map’s order value without an override', () => {
    const view = buildFunnelView(map, metrics({ activePeriodId: 'q1' }));
    expect(view.stages.map((s) => s.conversionChange)).toEqual([null, null, null]);
    expect(view.money.orderValue).toBe(50);
  });
});
