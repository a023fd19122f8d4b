import { describe, expect, it } from 'vitest';
import { parseMapFile } from '../../shared/export';
import { errorOf, countRowsIn } from '../helpers/library-checks';
import { useTempLibrary } from '../helpers/temp-library';

// Issue 15: order value, currency, lifetime value and benchmarks are stored per map (migration 0060),
// travel with duplicates, versions and map files, and bad input is refused with a typed reason.
const tmp = useTempLibrary('jm-funnel-value-');
const { call, callResult } = tmp;
const countRows = (table: string) => countRowsIn(tmp.library().path, table);

/** A new undated manual period of the map, made the active one. */
const newPeriod = (mapId: string) =>
  call('metrics.createPeriod', {
    mapId,
    name: 'Q1',
    startDate: null,
    endDate: null,
    source: 'manual',
    activate: true,
  });

async function b2bMap() {
  const summary = await call('maps.create', { name: 'Deals', templateId: 'b2b-sales', language: 'en' });
  return call('maps.get', { id: summary.id });
}

describe('benchmarks', () => {
  it('a B2B map starts with the published ranges: lead 60-70%, discovery 70-80%, negotiation 60-70%', async () => {
    const map = await b2bMap();
    const metrics = await call('metrics.listPeriods', { mapId: map.id });
    const byName = new Map(map.stages.map((s) => [s.id, s.name]));
    expect(metrics.benchmarks.map((b) => [byName.get(b.stageId), b.minPercent, b.maxPercent])).toEqual([
      ['Lead capture', 60, 70],
      ['Needs discovery', 70, 80],
      ['Negotiation', 60, 70],
    ]);
  });

  it('a template without published figures starts with none', async () => {
    const summary = await call('maps.create', { name: 'Shop', templateId: 'sales-funnel', language: 'en' });
    expect((await call('metrics.listPeriods', { mapId: summary.id })).benchmarks).toEqual([]);
  });

  it('sets, replaces and removes a stage benchmark', async () => {
    const map = await b2bMap();
    const proposal = map.stages[2]!.id;
    let metrics = await call('metrics.setBenchmark', {
      mapId: map.id,
      benchmark: { stageId: proposal, minPercent: 20, maxPercent: 35 },
    });
    expect(metrics.benchmarks.find((b) => b.stageId === proposal)).toEqual({
      stageId: proposal,
      minPercent: 20,
      maxPercent: 35,
    });
    metrics = await call('metrics.setBenchmark', {
      mapId: map.id,
      benchmark: { stageId: proposal, minPercent: 25, maxPercent: 30 },
    });
    expect(metrics.benchmarks.filter((b) => b.stageId === proposal)).toHaveLength(1);
    metrics = await call('metrics.removeBenchmark', { mapId: map.id, stageId: proposal });
    expect(metrics.benchmarks.some((b) => b.stageId === proposal)).toBe(false);
    expect(metrics.benchmarks).toHaveLength(3);
  });

  it('refuses a range with min above max, and a stage of another map, writing nothing', async () => {
    const map = await b2bMap();
    const before = countRows('funnel_benchmarks');
    const error = errorOf(
      await callResult('metrics.setBenchmark', {
        mapId: map.id,
        benchmark: { stageId: map.stages[2]!.id, minPercent: 80, maxPercent: 70 },
      }),
    );
    expect(error).toMatchObject({ code: 'invalid_input', path: 'benchmark.maxPercent' });
    expect(error.issues?.[0]?.reason).toBe('benchmark_min_above_max');
    const other = await b2bMap();
    const foreign = errorOf(
      await callResult('metrics.setBenchmark', {
        mapId: map.id,
        benchmark: { stageId: other.stages[2]!.id, minPercent: 10, maxPercent: 20 },
      }),
    );
    expect(foreign).toMatchObject({ code: 'invalid_input', path: 'benchmark.0.stageId' });
    expect(countRows('funnel_benchmarks')).toBe(before + 3);
  });
});

describe('order value', () => {
  it('stores the order value, currency and lifetime value, and a period override', async () => {
    const map = await b2bMap();
    expect((await call('metrics.listPeriods', { mapId: map.id })).value).toBeNull();
    let metrics = await call('metrics.setFunnelValue', {
      mapId: map.id,
      value: { orderValue: 12_000, currency: 'CNY', lifetimeValue: 50_000 },
    });
    expect(metrics.value).toEqual({ orderValue: 12_000, currency: 'CNY', lifetimeValue: 50_000 });
    const created = await newPeriod(map.id);
    const periodId = created.activePeriodId as string;
    metrics = await call('metrics.updatePeriod', { periodId, orderValue: 15_000 });
    expect(metrics.periods[0]?.orderValue).toBe(15_000);
    metrics = await call('metrics.updatePeriod', { periodId, orderValue: null });
    expect(metrics.periods[0]?.orderValue).toBeUndefined();
    tmp.reopen();
    expect((await call('metrics.listPeriods', { mapId: map.id })).value).toEqual({
      orderValue: 12_000,
      currency: 'CNY',
      lifetimeValue: 50_000,
    });
  });

  it.each([
    { value: { orderValue: -5, currency: 'USD' }, path: 'value.orderValue', reason: 'negative_money' },
    { value: { orderValue: 5, currency: 'XYZ' }, path: 'value.currency', reason: 'unknown_currency' },
    {
      value: { orderValue: 5, currency: 'USD', lifetimeValue: -1 },
      path: 'value.lifetimeValue',
      reason: 'negative_money',
    },
  ])('refuses $value with $reason and saves nothing', async ({ value, path, reason }) => {
    const map = await b2bMap();
    const error = errorOf(await callResult('metrics.setFunnelValue', { mapId: map.id, value }));
    expect(error).toMatchObject({ code: 'invalid_input', path });
    expect(error.issues?.[0]?.reason).toBe(reason);
    expect(countRows('funnel_values')).toBe(0);
  });

  it('refuses a negative period order value', async () => {
    const map = await b2bMap();
    const created = await newPeriod(map.id);
    const error = errorOf(
      await callResult('metrics.updatePeriod', { periodId: created.activePeriodId, orderValue: -1 }),
    );
    expect(error.issues?.[0]).toMatchObject({ path: 'orderValue', reason: 'negative_money' });
  });
});

describe('benchmarks and value travel with the map', () => {
  async function mapWithFunnelSettings() {
    const map = await b2bMap();
    await call('metrics.setFunnelValue', {
      mapId: map.id,
      value: { orderValue: 800, currency: 'EUR', lifetimeValue: null },
    });
    await call('metrics.setBenchmark', {
      mapId: map.id,
      benchmark: { stageId: map.stages[0]!.id, minPercent: 50, maxPercent: 65 },
    });
    return map;
  }

  it('a duplicate keeps them on its own stages', async () => {
    const map = await mapWithFunnelSettings();
    const copy = await call('maps.duplicate', { id: map.id });
    const copyMap = await call('maps.get', { id: copy.id });
    const metrics = await call('metrics.listPeriods', { mapId: copy.id });
    expect(metrics.value).toEqual({ orderValue: 800, currency: 'EUR', lifetimeValue: null });
    expect(metrics.benchmarks[0]).toEqual({ stageId: copyMap.stages[0]!.id, minPercent: 50, maxPercent: 65 });
  });

  it('a version freezes them and restoring brings them back', async () => {
    const map = await mapWithFunnelSettings();
    const version = await call('versions.save', { mapId: map.id, name: 'v1', note: '' });
    await call('metrics.setFunnelValue', {
      mapId: map.id,
      value: { orderValue: 1, currency: 'USD', lifetimeValue: null },
    });
    await call('metrics.removeBenchmark', { mapId: map.id, stageId: map.stages[0]!.id });
    await call('versions.restore', { id: version.id });
    const metrics = await call('metrics.listPeriods', { mapId: map.id });
    expect(metrics.value).toEqual({ orderValue: 800, currency: 'EUR', lifetimeValue: null });
    expect(metrics.benchmarks[0]).toEqual({ stageId: map.stages[0]!.id, minPercent: 50, maxPercent: 65 });
  });

  it('a map file carries them, and importing it gives them back; an old file without them imports', async () => {
    const map = await mapWithFunnelSettings();
    const { text } = await call('maps.exportFile', { id: map.id });
    const parsed = parseMapFile(text).file;
    expect(parsed.funnelValue).toEqual({ orderValue: 800, currency: 'EUR', lifetimeValue: null });
    expect(parsed.benchmarks?.[0]).toMatchObject({ stageId: map.stages[0]!.id, minPercent: 50 });
    const imported = await call('maps.importFile', { text, fileName: 'deals.journeymap' });
    const metrics = await call('metrics.listPeriods', { mapId: imported.map.id });
    expect(metrics.value).toEqual({ orderValue: 800, currency: 'EUR', lifetimeValue: null });
    expect(metrics.benchmarks).toHaveLength(3);

    const old = JSON.parse(text) as Record<string, unknown>;
    delete old.benchmarks;
    delete old.funnelValue;
    const oldImport = await call('maps.importFile', {
      text: JSON.stringify(old),
      fileName: 'old.journeymap',
    });
    const oldMetrics = await call('metrics.listPeriods', { mapId: oldImport.map.id });
    expect(oldMetrics).toMatchObject({ benchmarks: [], value: null });
  });
});
