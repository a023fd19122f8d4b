import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openLibrary } from '../../electron/backend';
import { migration0010 } from '../../electron/backend/db/migrations/0010-initial';
import { migration0020 } from '../../electron/backend/db/migrations/0020-stage-metrics-outlive-stages';
import { migration0030 } from '../../electron/backend/db/migrations/0030-origin-ids';
import { migration0040 } from '../../electron/backend/db/migrations/0040-preferences';
import { copyRowsIntoOlderSchema } from './older-library';
import { callOperation, useTempDir } from '../helpers/temp-library';

const tmp = useTempDir('jm-migration-0060-');
const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

/** A library as the 0040 app left it: a B2B map with one period of counts. */
async function makeV40Library() {
  const sourceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jm-migration-0060-source-'));
  try {
    const current = openLibrary({ dataDir: sourceDir });
    const h = current.handlers;
    const map = await h['maps.create']({ name: 'Deals', templateId: 'b2b-sales', language: 'en' });
    const stages = (await h['maps.get']({ id: map.id })).stages;
    const created = await h['metrics.createPeriod']({
      mapId: map.id,
      name: 'Q1',
      startDate: null,
      endDate: null,
      source: 'CRM',
      activate: true,
    });
    const periodId = created.activePeriodId as string;
    await h['metrics.setStageMetrics']({
      periodId,
      rows: stages.map((s, i) => ({
        stageId: s.id,
        count: 1000 - i * 100,
        metricLabel: '',
        targetConversion: null,
        avgDaysInStage: null,
        lossReasons: '',
      })),
    });
    current.close();
    const old = openLibrary({
      dataDir: tmp.dir(),
      migrations: [migration0010, migration0020, migration0030, migration0040],
    });
    old.close();
    copyRowsIntoOlderSchema(current.path, old.path);
    return { mapId: map.id, periodId };
  } finally {
    fs.rmSync(sourceDir, { recursive: true, force: true });
  }
}

describe('migration 0060: funnel value and benchmarks', () => {
  it('upgrades a 0040 library: periods and counts unchanged, no value, no benchmarks; then stores both', async () => {
    const { mapId, periodId } = await makeV40Library();
    const upgraded = openLibrary({ dataDir: tmp.dir() });
    expect(upgraded.migratedFrom).toBe(40);
    expect(upgraded.schemaVersion).toBe(LATEST);
    const metrics = await callOperation(upgraded.handlers, 'metrics.listPeriods', { mapId });
    expect(metrics.value).toBeNull();
    // A map made before benchmarks existed has none: they come with new maps from the template.
    expect(metrics.benchmarks).toEqual([]);
    expect(metrics.periods[0]).toMatchObject({ id: periodId, name: 'Q1', source: 'CRM' });
    expect(metrics.periods[0]).not.toHaveProperty('orderValue');
    expect(metrics.periods[0]?.metrics.map((m) => m.count)).toEqual([1000, 900, 800, 700, 600, 500]);

    await callOperation(upgraded.handlers, 'metrics.setFunnelValue', {
      mapId,
      value: { orderValue: 5000, currency: 'EUR', lifetimeValue: null },
    });
    await callOperation(upgraded.handlers, 'metrics.updatePeriod', { periodId, orderValue: 6000 });
    await callOperation(upgraded.handlers, 'maps.delete', { id: mapId });
    upgraded.close();

    const db = new Database(upgraded.path, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // Both go with their map.
      expect(db.prepare('SELECT COUNT(*) FROM funnel_values').pluck().get()).toBe(0);
      expect(db.prepare('SELECT COUNT(*) FROM funnel_benchmarks').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
