import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openLibrary } from '../../electron/backend';
import { migration0010 } from '../../electron/backend/db/migrations/0010-initial';
import { migration0020 } from '../../electron/backend/db/migrations/0020-stage-metrics-outlive-stages';
import { migration0030 } from '../../electron/backend/db/migrations/0030-origin-ids';
import { migration0040 } from '../../electron/backend/db/migrations/0040-preferences';
import { asWrittenBeforeActionKinds, copyRowsIntoOlderSchema } from './older-library';
import { callOperation, useTempDir } from '../helpers/temp-library';
import { inspectFile } from '../helpers/library-checks';

const tmp = useTempDir('jm-migration-0050-');
const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

const cardIndexes = (db: Database.Database) =>
  db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'cards' AND sql IS NOT NULL")
    .pluck()
    .all()
    .sort();
const count = (db: Database.Database, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** A library as the 0040 app left it: a sales map (actions as notes, as it wrote them) with connections. */
async function makeV40Library() {
  const sourceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jm-migration-0050-source-'));
  try {
    const current = openLibrary({ dataDir: sourceDir });
    const h = current.handlers;
    const summary = await h['maps.create']({ name: 'Upgraded', templateId: 'sales-funnel', language: 'en' });
    const created = await h['maps.get']({ id: summary.id });
    const [a, b, c] = created.cards;
    await h['maps.applyChanges']({
      id: created.id,
      changes: {
        upsert: {
          connections: [
            { id: 'conn-1', sourceId: a?.id as string, targetId: b?.id as string, label: 'then' },
            { id: 'conn-2', sourceId: b?.id as string, targetId: c?.id as string, label: '' },
          ],
        },
      },
    });
    const map = await h['maps.get']({ id: summary.id });
    current.close();
    const old = openLibrary({
      dataDir: tmp.dir(),
      migrations: [migration0010, migration0020, migration0030, migration0040],
    });
    old.close();
    copyRowsIntoOlderSchema(current.path, old.path);
    inspectFile(old.path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(40);
      expect(count(db, 'connections')).toBe(2);
      expect(count(db, "cards WHERE kind = 'action'")).toBe(0);
    });
    return asWrittenBeforeActionKinds(map);
  } finally {
    fs.rmSync(sourceDir, { recursive: true, force: true });
  }
}

describe('migration 0050: action and thought cards', () => {
  it('upgrades a 0040 library after a backup, keeping every card and connection', async () => {
    const map = await makeV40Library();
    expect(map.cards.some((c) => c.kind === 'note')).toBe(true);

    const upgraded = openLibrary({ dataDir: tmp.dir() });
    expect(upgraded.migratedFrom).toBe(40);
    expect(upgraded.schemaVersion).toBe(LATEST);
    expect(upgraded.backupPath).not.toBeNull();
    // Dropping the old cards table must not have cascaded into the connections.
    expect(await callOperation(upgraded.handlers, 'maps.get', { id: map.id })).toEqual(map);

    // The widened CHECK: a template with action cards can be saved now.
    const fresh = await callOperation(upgraded.handlers, 'maps.create', {
      name: 'New kinds',
      templateId: 'sales-funnel',
      language: 'en',
    });
    const freshMap = await callOperation(upgraded.handlers, 'maps.get', { id: fresh.id });
    expect(freshMap.cards.some((c) => c.kind === 'action')).toBe(true);
    const [first] = freshMap.cards;
    await callOperation(upgraded.handlers, 'maps.applyChanges', {
      id: fresh.id,
      changes: { upsert: { cards: [{ ...(first as (typeof freshMap.cards)[number]), kind: 'thought' }] } },
    });
    const reread = await callOperation(upgraded.handlers, 'maps.get', { id: fresh.id });
    expect(reread.cards.find((c) => c.id === first?.id)?.kind).toBe('thought');

    // Cascades still work after the rebuild: deleting the map takes its cards and connections.
    await callOperation(upgraded.handlers, 'maps.delete', { id: map.id });
    upgraded.close();
    inspectFile(upgraded.path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(count(db, `cards WHERE map_id = '${map.id}'`)).toBe(0);
      expect(count(db, 'connections')).toBe(0);
      expect(cardIndexes(db)).toEqual([
        'cards_by_lane',
        'cards_by_map',
        'cards_by_persona',
        'cards_by_stage',
      ]);
      const names = db.prepare(
        "SELECT name FROM sqlite_schema WHERE tbl_name LIKE 'cards%' AND type = 'table'",
      );
      expect(names.pluck().all()).toEqual(['cards']);
    });

    // The backup is the library as it was, at 0040 with its notes and connections.
    inspectFile(upgraded.backupPath as string, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(40);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(count(db, 'connections')).toBe(2);
      expect(count(db, 'cards')).toBe(map.cards.length);
    });
  });

  it('rolls back and leaves the library at 0040 when a rebuild breaks a reference', async () => {
    await makeV40Library();
    const breaking = {
      version: 50,
      name: 'breaks-references',
      foreignKeysOff: true,
      up(db: Database.Database) {
        db.exec('DELETE FROM cards');
      },
    };
    expect(() =>
      openLibrary({
        dataDir: tmp.dir(),
        migrations: [migration0010, migration0020, migration0030, migration0040, breaking],
      }),
    ).toThrow(/broken references/);
    inspectFile(path.join(tmp.dir(), 'library.sqlite'), (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(40);
      expect(count(db, 'connections')).toBe(2);
    });
  });
});
