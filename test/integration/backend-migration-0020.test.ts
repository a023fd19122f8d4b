import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openLibrary } from '../../electron/backend';
import { migration0010 } from '../../electron/backend/db/migrations/0010-initial';
import { asWrittenBeforeActionKinds, copyRowsIntoOlderSchema } from './older-library';
import { callOperation, useTempDir } from '../helpers/temp-library';
import { inspectFile } from '../helpers/library-checks';

const tmp = useTempDir('jm-migration-0020-');

const stageMetricsParents = (db: Database.Database) =>
  (db.pragma('foreign_key_list(stage_metrics)') as { table: string; on_delete: string }[]).map(
    (fk) => `${fk.table} ${fk.on_delete}`,
  );

/** A library as the 0010-only app left it: a sales map with two periods of full numbers. */
async function makeV10LibraryWithMetrics() {
  const sourceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jm-migration-0020-source-'));
  try {
    const current = openLibrary({ dataDir: sourceDir });
    const h = current.handlers;
    const summary = await h['maps.create']({ name: 'Upgraded', templateId: 'sales-funnel', language: 'en' });
    const map = await h['maps.get']({ id: summary.id });
    for (const name of ['Q1', 'Q2']) {
      const created = await h['metrics.createPeriod']({
        mapId: map.id,
        name,
        startDate: null,
        endDate: null,
        source: 'CRM',
        activate: true,
      });
      await h['metrics.setStageMetrics']({
        periodId: created.activePeriodId as string,
        rows: map.stages.map((s, i) => ({
          stageId: s.id,
          count: 1000 - i * 100,
          metricLabel: `Leads ${i}`,
          targetConversion: 40 + i,
          avgDaysInStage: i + 0.5,
          lossReasons: `Price ${i}`,
        })),
      });
    }
    const metrics = await h['metrics.listPeriods']({ mapId: map.id });
    current.close();
    const old = openLibrary({ dataDir: tmp.dir(), migrations: [migration0010] });
    old.close();
    copyRowsIntoOlderSchema(current.path, old.path);
    inspectFile(old.path, (db) => {
      expect(stageMetricsParents(db)).toContain('stages CASCADE');
      expect(db.pragma('user_version', { simple: true })).toBe(10);
      expect(db.prepare('SELECT count(*) FROM stage_metrics').pluck().get()).toBe(map.stages.length * 2);
    });
    return { map, metrics };
  } finally {
    fs.rmSync(sourceDir, { recursive: true, force: true });
  }
}

/** The schema version this app migrates every library to. */
const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

describe('migration 0020: stage metrics outlive their stage', () => {
  it('upgrades a 0010 library with metrics, keeping every number, after a backup', async () => {
    const { map, metrics } = await makeV10LibraryWithMetrics();
    const rowsBefore = map.stages.length * 2;

    const upgraded = openLibrary({ dataDir: tmp.dir() });
    expect(upgraded.migratedFrom).toBe(10);
    expect(upgraded.schemaVersion).toBe(LATEST);
    expect(MIGRATIONS.map((m) => m.version)).toContain(20);
    expect(upgraded.backupPath).not.toBeNull();
    expect(await callOperation(upgraded.handlers, 'metrics.listPeriods', { mapId: map.id })).toEqual(metrics);
    expect(await callOperation(upgraded.handlers, 'maps.get', { id: map.id })).toEqual(
      asWrittenBeforeActionKinds(map),
    );

    // The new rule holds on the upgraded file: a stage delete keeps its numbers for an undo.
    const [first] = map.stages;
    await callOperation(upgraded.handlers, 'maps.applyChanges', {
      id: map.id,
      changes: { remove: { stageIds: [first?.id as string] } },
    });
    upgraded.close();
    inspectFile(upgraded.path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(stageMetricsParents(db)).toEqual(['metric_periods CASCADE']);
      expect(db.prepare('SELECT count(*) FROM stage_metrics').pluck().get()).toBe(rowsBefore);
      const names = db.prepare("SELECT name FROM sqlite_schema WHERE tbl_name LIKE 'stage_metrics%'");
      expect(names.pluck().all()).toEqual(['stage_metrics']);
    });

    // The backup is the library as it was, still at 0010 with its numbers.
    inspectFile(upgraded.backupPath as string, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(10);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(stageMetricsParents(db)).toContain('stages CASCADE');
      expect(db.prepare('SELECT count(*) FROM stage_metrics').pluck().get()).toBe(rowsBefore);
    });
  });
});
