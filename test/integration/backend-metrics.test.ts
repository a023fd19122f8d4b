import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type MapMetrics } from '../../shared/api';
import { buildStageMetrics, matchSteps, parseFunnelFile } from '../../shared/funnel-import';
import { changeSetFromDiff, diffMaps } from '../../shared/diff';
import { removeLane, removeStage } from '../../shared/document';
import type { JourneyMap } from '../../shared/domain';
import { parseMapFile } from '../../shared/export';
import { errorOf, countRowsIn } from '../helpers/library-checks';
import { makeMap } from '../../shared/document/test-map';
import { seedMap } from '../helpers/seed-map';
import { useTempLibrary } from '../helpers/temp-library';

// Every test gets its own library and leaves a sound file behind.
const tmp = useTempLibrary('jm-metrics-');
const { call, callResult, h } = tmp;

const countRows = (table: string) => countRowsIn(tmp.library().path, table);
const SHA = 'a'.repeat(64);

async function salesMap(language: 'en' | 'zh-CN' = 'en') {
  const summary = await call('maps.create', { name: 'Sales', templateId: 'sales-funnel', language });
  const map = await call('maps.get', { id: summary.id });
  return map;
}

/** A new manual period of the map, made the active one; its id. */
async function newActivePeriod(mapId: string, name: string): Promise<string> {
  const created = await call('metrics.createPeriod', {
    mapId,
    name,
    startDate: null,
    endDate: null,
    source: 'manual',
    activate: true,
  });
  return created.activePeriodId as string;
}

const countsOf = (metrics: MapMetrics, periodId: string) =>
  metrics.periods.find((p) => p.id === periodId)?.metrics.map((m) => [m.stageId, m.count]);

describe('metric periods', () => {
  it('creates, renames, lists by start date, chooses the active one and deletes', async () => {
    const map = await salesMap();
    expect(await call('metrics.listPeriods', { mapId: map.id })).toEqual({
      mapId: map.id,
      periods: [],
      activePeriodId: null,
      benchmarks: [],
      value: null,
    });
    const q3 = await call('metrics.createPeriod', {
      mapId: map.id,
      name: 'Q3',
      startDate: '2026-07-01',
      endDate: '2026-09-30',
      source: 'GA4',
      activate: true,
    });
    const q3Id = q3.activePeriodId as string;
    expect(q3.periods).toMatchObject([{ id: q3Id, name: 'Q3', source: 'GA4', provenance: null }]);

    const q2 = await call('metrics.createPeriod', {
      mapId: map.id,
      name: 'Q2',
      startDate: '2026-04-01',
      endDate: null,
      source: '',
      activate: false,
    });
    expect(q2.activePeriodId).toBe(q3Id);
    expect(q2.periods.map((p) => p.name)).toEqual(['Q2', 'Q3']);
    const q2Id = q2.periods[0]?.id as string;
    expect(q2.periods[0]?.source).toBe('manual');

    const renamed = await call('metrics.updatePeriod', { periodId: q2Id, name: '2026 Q2', source: 'CRM' });
    expect(renamed.periods[0]).toMatchObject({ name: '2026 Q2', source: 'CRM', startDate: '2026-04-01' });

    expect((await call('metrics.setActivePeriod', { mapId: map.id, periodId: q2Id })).activePeriodId).toBe(
      q2Id,
    );
    const afterDelete = await call('metrics.deletePeriod', { periodId: q2Id });
    expect(afterDelete.periods.map((p) => p.id)).toEqual([q3Id]);
    // The chosen period is gone: the overlay falls back to the most recent one.
    expect(afterDelete.activePeriodId).toBe(q3Id);
  });

  it('refuses an end before the start, an unknown period and a period of another map', async () => {
    const map = await salesMap();
    const other = await salesMap();
    const bad = errorOf(
      await callResult('metrics.createPeriod', {
        mapId: map.id,
        name: 'Q1',
        startDate: '2026-03-31',
        endDate: '2026-01-01',
      }),
    );
    expect(bad).toMatchObject({ code: 'invalid_input', path: 'endDate' });
    expect(countRows('metric_periods')).toBe(0);

    expect(errorOf(await callResult('metrics.deletePeriod', { periodId: 'nope' }))).toMatchObject({
      code: 'not_found',
      path: 'periodId',
    });
    const otherPeriods = await call('metrics.createPeriod', {
      mapId: other.id,
      name: 'X',
      startDate: null,
      endDate: null,
      source: 'manual',
      activate: true,
    });
    expect(
      errorOf(
        await callResult('metrics.setActivePeriod', { mapId: map.id, periodId: otherPeriods.activePeriodId }),
      ),
    ).toMatchObject({ code: 'invalid_input', path: 'periodId' });
    expect(errorOf(await callResult('metrics.listPeriods', { mapId: 'missing' }))).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('a damaged provenance note', () => {
  it('reads as no provenance and never makes the numbers unreadable', async () => {
    const map = await salesMap();
    const result = await callResult('metrics.createPeriod', { mapId: map.id, name: 'Q1' });
    if (!result.ok) throw new Error(result.error.message);
    const periodId = (result.value as MapMetrics).periods[0]!.id;
    const set = await callResult('metrics.setStageMetrics', {
      periodId,
      rows: [{ stageId: map.stages[0]!.id, count: 500 }],
    });
    expect(set.ok).toBe(true);
    const db = new Database(tmp.library().path);
    try {
      db.prepare('UPDATE metric_periods SET provenance = ? WHERE id = ?').run('{"not": json', periodId);
    } finally {
      db.close();
    }
    const metrics = await call('metrics.listPeriods', { mapId: map.id });
    expect(metrics.periods[0]?.provenance).toBeNull();
    expect(countsOf(metrics, periodId)?.[0]).toEqual([map.stages[0]!.id, 500]);
  });
});

describe('metrics.setStageMetrics', () => {
  it('stores every row and replaces only the stages it names', async () => {
    const map = await salesMap();
    const [s0, s1, s2] = map.stages.map((s) => s.id) as [string, string, string];
    const periodId = await newActivePeriod(map.id, 'Q3');
    await callResult('metrics.setStageMetrics', {
      periodId,
      rows: [
        { stageId: s0, count: 1000, metricLabel: 'Leads', targetConversion: 70, lossReasons: 'Price' },
        { stageId: s1, count: 600 },
      ],
    });
    const after = await call('metrics.setStageMetrics', {
      periodId,
      rows: [
        {
          stageId: s2,
          count: 300,
          metricLabel: '',
          targetConversion: null,
          avgDaysInStage: 4.5,
          lossReasons: '',
        },
      ],
    });
    const stored = after.periods[0]?.metrics ?? [];
    expect(stored.map((m) => [m.stageId, m.count])).toEqual([
      [s0, 1000],
      [s1, 600],
      [s2, 300],
    ]);
    expect(stored[0]).toMatchObject({ metricLabel: 'Leads', targetConversion: 70, lossReasons: 'Price' });
    expect(stored[2]?.avgDaysInStage).toBe(4.5);
  });

  it.each([
    { count: 12.5, label: 'a fraction' },
    { count: -3, label: 'a negative count' },
    { count: 'abc', label: 'text' },
  ])('refuses $label with the path of the row and writes nothing', async ({ count }) => {
    const map = await salesMap();
    const ids = map.stages.map((s) => s.id);
    const created = await call('metrics.createPeriod', {
      mapId: map.id,
      name: 'Q3',
      startDate: null,
      endDate: null,
      source: 'manual',
      activate: true,
    });
    const rows = ids.slice(0, 4).map((stageId, i) => ({ stageId, count: i === 3 ? count : 100 - i }));
    const error = errorOf(
      await callResult('metrics.setStageMetrics', { periodId: created.activePeriodId, rows }),
    );
    expect(error).toMatchObject({ code: 'invalid_input', path: 'rows.3.count' });
    expect(countRows('stage_metrics')).toBe(0);
  });

  it('refuses a stage of another map and a stage listed twice, writing nothing', async () => {
    const map = await salesMap();
    const other = await salesMap();
    const created = await call('metrics.createPeriod', {
      mapId: map.id,
      name: 'Q3',
      startDate: null,
      endDate: null,
      source: 'manual',
      activate: true,
    });
    const periodId = created.activePeriodId;
    const s0 = map.stages[0]?.id;
    const foreign = errorOf(
      await callResult('metrics.setStageMetrics', {
        periodId,
        rows: [
          { stageId: s0, count: 1 },
          { stageId: other.stages[0]?.id, count: 2 },
        ],
      }),
    );
    expect(foreign).toMatchObject({ code: 'invalid_input', path: 'rows.1.stageId' });
    const twice = errorOf(
      await callResult('metrics.setStageMetrics', {
        periodId,
        rows: [
          { stageId: s0, count: 1 },
          { stageId: s0, count: 2 },
        ],
      }),
    );
    expect(twice).toMatchObject({ code: 'invalid_input', path: 'rows.1.stageId' });
    expect(countRows('stage_metrics')).toBe(0);
  });
});

describe('metrics.applyImport', () => {
  const fixture = (name: string) =>
    new Uint8Array(fs.readFileSync(path.join(__dirname, '../fixtures/funnel', name)));

  it('writes a parsed GA4 file into a new period with its provenance, in one go', async () => {
    const map = await salesMap();
    const parsed = parseFunnelFile(fixture('ga4-funnel.csv'), 'ga4-funnel.csv');
    const period = parsed.periods[0];
    if (!period) throw new Error('fixture has no period');
    const rows = period.steps.slice(0, map.stages.length).map((step, i) => ({
      stageId: map.stages[i]?.id as string,
      count: step.count,
      metricLabel: step.metricLabel,
    }));
    const before = Date.now();
    const result = await call('metrics.applyImport', {
      mapId: map.id,
      periodName: period.name,
      rows,
      provenance: {
        source: parsed.source,
        fileName: 'ga4-funnel.csv',
        sha256: SHA,
        dateRange: { start: period.startDate, end: period.endDate },
      },
      target: { kind: 'new' },
    });
    const stored = result.periods.find((p) => p.id === result.activePeriodId);
    expect(stored).toMatchObject({
      name: period.name,
      source: 'GA4',
      startDate: period.startDate,
      provenance: { fileName: 'ga4-funnel.csv', sha256: SHA, source: 'GA4' },
    });
    expect(Date.parse(stored?.provenance?.importedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(stored?.metrics.map((m) => m.count)).toEqual(rows.map((r) => r.count));
  });

  it('into an existing period keeps hand-typed targets and reasons', async () => {
    const map = await salesMap();
    const [s0, s1] = map.stages.map((s) => s.id) as [string, string];
    const periodId = await newActivePeriod(map.id, 'Q3');
    await callResult('metrics.setStageMetrics', {
      periodId,
      rows: [{ stageId: s0, count: 1, targetConversion: 55, lossReasons: 'Slow replies' }],
    });
    const result = await call('metrics.applyImport', {
      mapId: map.id,
      periodName: 'ignored',
      rows: [
        { stageId: s0, count: 1000, metricLabel: 'Users' },
        { stageId: s1, count: 600, metricLabel: 'Users' },
      ],
      provenance: { source: 'CSV', fileName: 'f.csv', sha256: SHA, dateRange: { start: null, end: null } },
      target: { kind: 'existing', periodId },
    });
    expect(result.periods).toHaveLength(1);
    expect(result.periods[0]).toMatchObject({ name: 'Q3', source: 'CSV', provenance: { fileName: 'f.csv' } });
    // Importing over existing numbers first keeps the map as it was, as a version.
    const versions = await call('versions.list', { mapId: map.id });
    expect(versions.map((v) => v.name)).toEqual(['Before import: f.csv']);
    const kept = await call('versions.get', { id: versions[0]!.id });
    expect(kept.snapshot.metrics.find((m) => m.stageId === s0)).toMatchObject({ count: 1 });
    expect(result.periods[0]?.metrics[0]).toMatchObject({
      count: 1000,
      metricLabel: 'Users',
      targetConversion: 55,
      lossReasons: 'Slow replies',
    });
  });

  it('writes nothing when one row is bad (no period, no metrics)', async () => {
    const map = await salesMap();
    const error = errorOf(
      await callResult('metrics.applyImport', {
        mapId: map.id,
        periodName: 'P',
        rows: [
          { stageId: map.stages[0]?.id, count: 10, metricLabel: '' },
          { stageId: 'not-a-stage', count: 5, metricLabel: '' },
        ],
        provenance: { source: 'CSV', fileName: 'f.csv', sha256: SHA, dateRange: { start: null, end: null } },
        target: { kind: 'new' },
      }),
    );
    expect(error).toMatchObject({ code: 'invalid_input', path: 'rows.1.stageId' });
    expect(countRows('metric_periods')).toBe(0);
    expect(countRows('stage_metrics')).toBe(0);

    const badHash = errorOf(
      await callResult('metrics.applyImport', {
        mapId: map.id,
        periodName: 'P',
        rows: [],
        provenance: {
          source: 'CSV',
          fileName: 'f.csv',
          sha256: 'xyz',
          dateRange: { start: null, end: null },
        },
        target: { kind: 'new' },
      }),
    );
    expect(badHash).toMatchObject({ code: 'invalid_input', path: 'provenance.sha256' });
    expect(countRows('metric_periods')).toBe(0);
  });
});

describe('metrics.applyImportAll', () => {
  const fixture = (name: string) =>
    new Uint8Array(fs.readFileSync(path.join(__dirname, '../fixtures/funnel', name)));

  it('turns a trended GA4 export into one period per date, in one transaction', async () => {
    const map = await salesMap();
    const parsed = parseFunnelFile(fixture('ga4-funnel-trended.csv'), 'ga4-funnel-trended.csv');
    expect(parsed.periods.length).toBeGreaterThan(1);
    const periods = parsed.periods.map((period) => ({
      name: period.name,
      startDate: period.startDate,
      endDate: period.endDate,
      rows: period.steps.slice(0, map.stages.length).map((step, i) => ({
        stageId: map.stages[i]!.id,
        count: step.count,
        metricLabel: step.metricLabel,
      })),
    }));
    const result = await call('metrics.applyImportAll', {
      mapId: map.id,
      provenance: { source: parsed.source, fileName: 'ga4-funnel-trended.csv', sha256: SHA },
      periods,
    });
    expect(result.periods.map((p) => p.name).sort()).toEqual(periods.map((p) => p.name).sort());
    for (const period of periods) {
      const stored = result.periods.find((p) => p.name === period.name)!;
      expect(stored.startDate).toBe(period.startDate);
      expect(stored.provenance).toMatchObject({
        fileName: 'ga4-funnel-trended.csv',
        dateRange: { start: period.startDate, end: period.endDate },
      });
      expect(stored.metrics.map((m) => m.count)).toEqual(period.rows.map((r) => r.count));
    }
    expect(result.activePeriodId).toBe(result.periods.find((p) => p.name === periods.at(-1)!.name)!.id);
  });

  it('writes nothing when a row of the last period is bad', async () => {
    const map = await salesMap();
    const good = { name: 'Day 1', startDate: '2026-10-01', endDate: '2026-10-01' };
    const error = errorOf(
      await callResult('metrics.applyImportAll', {
        mapId: map.id,
        provenance: { source: 'GA4', fileName: 't.csv', sha256: SHA },
        periods: [
          { ...good, rows: [{ stageId: map.stages[0]!.id, count: 10, metricLabel: '' }] },
          { ...good, name: 'Day 2', rows: [{ stageId: 'nope', count: 5, metricLabel: '' }] },
        ],
      }),
    );
    expect(error).toMatchObject({ code: 'invalid_input', path: 'periods.1.rows.0.stageId' });
    expect(countRows('metric_periods')).toBe(0);
    expect(countRows('stage_metrics')).toBe(0);
  });
});

describe('duplicating a map and exporting CSV', () => {
  it('a duplicate carries every period and metric on its own stages', async () => {
    const map = await salesMap();
    const created = await call('metrics.createPeriod', {
      mapId: map.id,
      name: 'Q3',
      startDate: '2026-07-01',
      endDate: null,
      source: 'GA4',
      activate: true,
    });
    await callResult('metrics.setStageMetrics', {
      periodId: created.activePeriodId,
      rows: map.stages.map((s, i) => ({ stageId: s.id, count: 1000 - i * 100, lossReasons: `r${i}` })),
    });
    const copy = await call('maps.duplicate', { id: map.id });
    const copyMap = await call('maps.get', { id: copy.id });
    const copied = await call('metrics.listPeriods', { mapId: copy.id });
    expect(copied.periods).toHaveLength(1);
    expect(copied.periods[0]).toMatchObject({ name: 'Q3', source: 'GA4', startDate: '2026-07-01' });
    expect(copied.periods[0]?.id).not.toBe(created.activePeriodId);
    expect(copied.activePeriodId).toBe(copied.periods[0]?.id);
    expect(countsOf(copied, copied.periods[0]?.id as string)).toEqual(
      copyMap.stages.map((s, i) => [s.id, 1000 - i * 100]),
    );
    // The original is untouched.
    const original = await call('metrics.listPeriods', { mapId: map.id });
    expect(original.periods[0]?.metrics).toHaveLength(map.stages.length);
  });

  it('exports CSV with a BOM, the map language headers, and Chinese text that round-trips', async () => {
    const map = await salesMap('zh-CN');
    const created = await call('metrics.createPeriod', {
      mapId: map.id,
      name: '第三季度',
      startDate: null,
      endDate: null,
      source: 'CRM',
      activate: true,
    });
    const [s0, s1] = map.stages.map((s) => s.id) as [string, string];
    await callResult('metrics.setStageMetrics', {
      periodId: created.activePeriodId,
      rows: [
        { stageId: s0, count: 1000, metricLabel: '线索', lossReasons: '价格太高, "等待"' },
        { stageId: s1, count: 600, metricLabel: '商机' },
      ],
    });
    const { fileName, text } = await call('metrics.exportCsv', {
      periodId: created.activePeriodId as string,
    });
    expect(fileName).toBe('Sales-第三季度.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    // Read back with the app's own importer: the Chinese names and counts survive.
    const parsed = parseFunnelFile(bytes, fileName);
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.bom).toBe(true);
    const steps = parsed.periods[0]?.steps ?? [];
    expect(steps[0]).toMatchObject({ name: map.stages[0]?.name, count: 1000 });
    expect(steps[1]).toMatchObject({ name: map.stages[1]?.name, count: 600 });
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('阶段,指标,人数,转化率 (%),流失人数,目标转化率 (%),平均停留天数,主要流失原因');
    expect(lines[1]).toBe(`${map.stages[0]?.name},线索,1000,60,400,,,"价格太高, ""等待"""`);
  });

  it.each(['en', 'zh-CN'] as const)(
    'an exported CSV (%s) imports back into a fresh period with counts, labels, targets, days and reasons',
    async (language) => {
      const map = await salesMap(language);
      const sourceId = await newActivePeriod(map.id, 'Q3');
      const typed = map.stages.map((stage, i) => ({
        stageId: stage.id,
        count: [1000, 600, 300, 240, 180, null][i] ?? null,
        metricLabel: i === 0 ? 'Visits' : i === 5 ? '' : 'Leads',
        targetConversion: [70, 55.5, null, 80, 66.7, null][i] ?? null,
        avgDaysInStage: [1.5, 3, null, 10, 0, null][i] ?? null,
        lossReasons: i === 1 ? '-5% discount elsewhere, "slow" replies' : i === 2 ? '=price' : '',
      }));
      await callResult('metrics.setStageMetrics', { periodId: sourceId, rows: typed });
      const { fileName, text } = await call('metrics.exportCsv', { periodId: sourceId });

      const parsed = parseFunnelFile(new TextEncoder().encode(text), fileName);
      const period = parsed.periods[0];
      if (!period) throw new Error('the export has no period');
      const matching = matchSteps(period.steps, map.stages);
      expect(matching.every((m) => m.by === 'name')).toBe(true);
      const result = await call('metrics.applyImport', {
        mapId: map.id,
        periodName: 'Q3 again',
        rows: buildStageMetrics(
          period,
          matching,
          map.stages.map((s) => s.id),
        ),
        provenance: { source: parsed.source, fileName, sha256: SHA, dateRange: { start: null, end: null } },
        target: { kind: 'new' },
      });
      const imported = result.periods.find((p) => p.id === result.activePeriodId);
      expect(imported?.id).not.toBe(sourceId);
      const strip = ({ periodId: _periodId, ...rest }: { periodId: string } & Record<string, unknown>) =>
        rest;
      expect(imported?.metrics.slice(0, 5).map(strip)).toEqual(typed.slice(0, 5));
      // The last stage has no numbers at all: nothing to bring back but the empty row.
      expect(imported?.metrics[5]).toMatchObject({
        count: null,
        targetConversion: null,
        avgDaysInStage: null,
      });
    },
  );
});

/**
 * Saves an edit the way the editor's autosave does: the change set of the diff from the saved map to
 * the edited one. Undo is the same call with the two maps swapped.
 */
async function saveEdit(saved: JourneyMap, edited: JourneyMap): Promise<JourneyMap> {
  const changes = changeSetFromDiff(diffMaps({ map: saved }, { map: edited }), edited);
  await call('maps.applyChanges', { id: saved.id, changes });
  return call('maps.get', { id: saved.id });
}

const byId = <T extends { id: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

/** A 3-stage map with a card per cell, chained connections, and two periods with full numbers. */
async function mapWithTwoPeriods(prefix: string) {
  const id = await seedMap(h(), makeMap({ idPrefix: prefix, stages: 3, lanes: 2, connections: 5 }));
  const map = await call('maps.get', { id });
  const periodIds: string[] = [];
  for (const [n, name] of ['Q1', 'Q2'].entries()) {
    const created = await call('metrics.createPeriod', {
      mapId: id,
      name,
      startDate: `2026-0${n + 1}-01`,
      endDate: null,
      source: 'manual',
      activate: true,
    });
    const periodId = created.activePeriodId as string;
    periodIds.push(periodId);
    await call('metrics.setStageMetrics', {
      periodId,
      rows: map.stages.map((s, i) => ({
        stageId: s.id,
        count: (1000 - i * 300) * (n + 1),
        metricLabel: `label ${i}`,
        targetConversion: 50 + i,
        avgDaysInStage: 1.5 + i,
        lossReasons: `reason ${i}`,
      })),
    });
  }
  return { map, periodIds, metrics: await call('metrics.listPeriods', { mapId: id }) };
}

describe('deleting a stage and undoing it', () => {
  it('undo brings the stage back with its numbers in every period, its cards and its connections', async () => {
    const { map, metrics } = await mapWithTwoPeriods('u');
    const stage = map.stages[1]?.id as string;
    const deleted = await saveEdit(map, removeStage(map, stage));
    expect(deleted.stages.map((s) => s.id)).toEqual(['u-s0', 'u-s2']);
    expect(deleted.cards).toHaveLength(4);

    // While the stage is gone its numbers are not shown anywhere...
    const hidden = await call('metrics.listPeriods', { mapId: map.id });
    for (const period of hidden.periods) {
      expect(period.metrics.map((m) => m.stageId)).toEqual(['u-s0', 'u-s2']);
    }
    // ...but the save deleted only the rows its change set listed: the numbers are kept.
    expect(countRows('stage_metrics')).toBe(6);

    const restored = await saveEdit(deleted, map);
    expect(restored.stages).toEqual(map.stages);
    expect(byId(restored.cards)).toEqual(byId(map.cards));
    expect(byId(restored.connections)).toEqual(byId(map.connections));
    expect(await call('metrics.listPeriods', { mapId: map.id })).toEqual(metrics);
  });

  it('undo of a lane delete brings its cards and their connections back', async () => {
    const { map } = await mapWithTwoPeriods('ul');
    const deleted = await saveEdit(map, removeLane(map, 'ul-l0'));
    expect(deleted.cards).toHaveLength(3);
    expect(deleted.connections).toHaveLength(0);
    const restored = await saveEdit(deleted, map);
    expect(byId(restored.cards)).toEqual(byId(map.cards));
    expect(byId(restored.connections)).toEqual(byId(map.connections));
  });

  it('deleting the period or the map still removes the numbers of a deleted stage', async () => {
    const { map, periodIds } = await mapWithTwoPeriods('d');
    await saveEdit(map, removeStage(map, 'd-s0'));
    expect(countRows('stage_metrics')).toBe(6);
    await call('metrics.deletePeriod', { periodId: periodIds[0] as string });
    expect(countRows('stage_metrics')).toBe(3);
    await call('maps.delete', { id: map.id });
    expect(countRows('stage_metrics')).toBe(0);
    expect(countRows('metric_periods')).toBe(0);
  });

  it('a version, the map file, a duplicate and the CSV leave the numbers of a deleted stage out', async () => {
    const { map, periodIds } = await mapWithTwoPeriods('v');
    const deleted = await saveEdit(map, removeStage(map, 'v-s1'));
    const kept = ['v-s0', 'v-s2'];

    const current = await call('versions.current', { mapId: map.id });
    expect([...new Set(current.metrics.map((m) => m.stageId))].sort()).toEqual(kept);
    const version = await call('versions.save', { mapId: map.id, name: 'Without stage 2', note: '' });
    const frozen = await call('versions.get', { id: version.id });
    expect(frozen.snapshot.metrics).toHaveLength(4);
    expect(frozen.snapshot.metrics.every((m) => kept.includes(m.stageId))).toBe(true);

    // The file must stay importable: its checker refuses metrics of a stage that is not in the map.
    const file = await call('maps.exportFile', { id: map.id });
    const parsed = parseMapFile(file.text).file;
    expect(parsed.metrics.map((m) => m.stageId).sort()).toEqual([...kept, ...kept].sort());
    const imported = await call('maps.importFile', { text: file.text, fileName: file.fileName });
    const importedMetrics = await call('metrics.listPeriods', { mapId: imported.map.id });
    expect(importedMetrics.periods.map((p) => p.metrics.length)).toEqual([2, 2]);

    const copy = await call('maps.duplicate', { id: map.id });
    const copied = await call('metrics.listPeriods', { mapId: copy.id });
    expect(copied.periods.map((p) => p.metrics.length)).toEqual([2, 2]);

    const csv = await call('metrics.exportCsv', { periodId: periodIds[0] as string });
    const lines = csv.text
      .slice(1)
      .split('\r\n')
      .filter((line) => line !== '');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(deleted.stages.map((s) => s.name));
  });

  it('numbers of a deleted stage never show up in another map that takes its id', async () => {
    const { map } = await mapWithTwoPeriods('o');
    await saveEdit(map, removeStage(map, 'o-s0'));
    const other = await call('maps.create', { name: 'Other', templateId: 'blank', language: 'en' });
    const blank = await call('maps.get', { id: other.id });
    const stage = { id: 'o-s0', name: 'Taken', description: '', goal: '', width: 320 };
    await saveEdit(blank, { ...blank, stages: [...blank.stages, stage] });
    const created = await call('metrics.createPeriod', {
      mapId: other.id,
      name: 'Fresh',
      startDate: null,
      endDate: null,
      source: 'manual',
      activate: true,
    });
    expect(created.periods[0]?.metrics).toEqual([]);
    const mine = await call('metrics.listPeriods', { mapId: map.id });
    expect(mine.periods.map((p) => p.metrics.map((m) => m.stageId))).toEqual([
      ['o-s1', 'o-s2'],
      ['o-s1', 'o-s2'],
    ]);
  });
});
