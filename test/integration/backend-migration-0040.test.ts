import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openLibrary } from '../../electron/backend';
import { migration0010 } from '../../electron/backend/db/migrations/0010-initial';
import { migration0020 } from '../../electron/backend/db/migrations/0020-stage-metrics-outlive-stages';
import { migration0030 } from '../../electron/backend/db/migrations/0030-origin-ids';
import { copyRowsIntoOlderSchema } from './older-library';
import { callOperation, useTempDir } from '../helpers/temp-library';

const tmp = useTempDir('jm-migration-0040-');

/**
 * A library as the 0030 app left it: two maps with two periods each, the older one chosen in each
 * (kept, as that app did, in `settings` rows `metrics.activePeriod.<mapId>`), plus such a row of a
 * map deleted long ago, and the language setting.
 */
async function makeV30Library() {
  const sourceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jm-migration-0040-source-'));
  try {
    const current = openLibrary({ dataDir: sourceDir });
    const h = current.handlers;
    const chosen: Record<string, string> = {};
    for (const name of ['North', 'South']) {
      const map = await h['maps.create']({ name, templateId: 'sales-funnel', language: 'en' });
      const period = { mapId: map.id, startDate: null, endDate: null, source: 'CRM', activate: true };
      const q1 = await h['metrics.createPeriod']({ ...period, name: 'Q1' });
      await h['metrics.createPeriod']({ ...period, name: 'Q2' });
      chosen[map.id] = q1.activePeriodId as string;
    }
    current.close();
    const old = openLibrary({
      dataDir: tmp.dir(),
      migrations: [migration0010, migration0020, migration0030],
    });
    old.close();
    copyRowsIntoOlderSchema(current.path, old.path);
    const db = new Database(old.path);
    try {
      const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
      for (const [mapId, periodId] of Object.entries(chosen)) {
        insert.run(`metrics.activePeriod.${mapId}`, JSON.stringify(periodId));
      }
      insert.run('metrics.activePeriod.map-deleted-long-ago', JSON.stringify('period-gone'));
      insert.run('language', JSON.stringify('zh-CN'));
      expect(db.pragma('user_version', { simple: true })).toBe(30);
    } finally {
      db.close();
    }
    return { chosen };
  } finally {
    fs.rmSync(sourceDir, { recursive: true, force: true });
  }
}

const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

describe('migration 0040: preferences in the library', () => {
  it('moves each map’s chosen period into its preferences and drops those of deleted maps', async () => {
    const { chosen } = await makeV30Library();

    const upgraded = openLibrary({ dataDir: tmp.dir() });
    expect(upgraded.migratedFrom).toBe(30);
    expect(upgraded.schemaVersion).toBe(LATEST);
    expect(upgraded.backupPath).not.toBeNull();
    for (const [mapId, periodId] of Object.entries(chosen)) {
      const metrics = await callOperation(upgraded.handlers, 'metrics.listPeriods', { mapId });
      // Q1 is not the newest: only the moved row can make it the active one.
      expect(metrics.activePeriodId).toBe(periodId);
    }
    expect(await callOperation(upgraded.handlers, 'settings.get', {})).toEqual({ language: 'zh-CN' });
    expect(await callOperation(upgraded.handlers, 'preferences.get', { mapId: null })).toEqual({
      user: { minimap: true, paletteCollapsed: false, inspectorCollapsed: false, librarySort: 'updated' },
      map: null,
    });

    // The moved rows go with their map now.
    const [northId] = Object.keys(chosen);
    await callOperation(upgraded.handlers, 'maps.delete', { id: northId as string });
    upgraded.close();

    const db = new Database(upgraded.path, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.prepare('SELECT key FROM settings').pluck().all()).toEqual(['language']);
      expect(db.prepare('SELECT map_id, key, value FROM preferences').all()).toEqual(
        Object.entries(chosen)
          .filter(([mapId]) => mapId !== northId)
          .map(([mapId, periodId]) => ({
            map_id: mapId,
            key: 'metrics.activePeriod',
            value: JSON.stringify(periodId),
          })),
      );
    } finally {
      db.close();
    }
  });
});
