import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { MIGRATIONS, openLibrary, defaultDataDir, type Migration } from '../../electron/backend';
import { callOperation, useTempDir } from '../helpers/temp-library';
import { inspectFile } from '../helpers/library-checks';

const tmp = useTempDir('jm-library-');

/** The schema version this app writes; tests never assume how many migrations lead there. */
const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

const integrity = (file: string) => inspectFile(file, (db) => db.pragma('integrity_check', { simple: true }));

const EXPECTED_TABLES = [
  'cards',
  'connections',
  'lanes',
  'map_personas',
  'maps',
  'metric_periods',
  'personas',
  'preferences',
  'settings',
  'stage_metrics',
  'stages',
  'versions',
  'workshop_ballots',
  'workshop_card_owners',
  'workshop_participants',
  'workshop_sessions',
];

describe('opening a library', () => {
  it('creates the folder and migrates an empty library to the latest schema', () => {
    const nested = path.join(tmp.dir(), 'not', 'yet', 'there');
    const library = openLibrary({ dataDir: nested });
    expect(library.path).toBe(path.join(nested, 'library.sqlite'));
    expect(library.migratedFrom).toBe(0);
    expect(library.backupPath).toBeNull();
    library.close();

    inspectFile(library.path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
      const tables = db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .pluck()
        .all();
      expect(tables).toEqual(EXPECTED_TABLES);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    });
    expect(integrity(library.path)).toBe('ok');
    // No backup for a brand-new library: there was nothing to lose.
    expect(fs.existsSync(path.join(nested, 'backups'))).toBe(false);
  });

  it('reports its path and schema version, and enforces foreign keys on its connection', async () => {
    const library = openLibrary({ dataDir: tmp.dir(), appVersion: '1.2.3' });
    expect(await callOperation(library.handlers, 'library.info', {})).toEqual({
      path: library.path,
      schemaVersion: LATEST,
      appVersion: '1.2.3',
    });
    // The cascade from map to cards only happens with foreign_keys = ON on the library's connection.
    const map = await callOperation(library.handlers, 'maps.create', {
      name: 'FK',
      templateId: 'sales-funnel',
      language: 'en',
    });
    await callOperation(library.handlers, 'maps.delete', { id: map.id });
    library.close();
    inspectFile(library.path, (db) => {
      expect(db.prepare('SELECT count(*) FROM cards').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM stages').pluck().get()).toBe(0);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    });
  });

  it('reopens an up-to-date library without migrating or backing up, keeping its data', async () => {
    const first = openLibrary({ dataDir: tmp.dir() });
    const created = await callOperation(first.handlers, 'maps.create', {
      name: 'Kept',
      templateId: 'ecommerce',
      language: 'zh-CN',
    });
    const before = await callOperation(first.handlers, 'maps.get', { id: created.id });
    first.close();

    const second = openLibrary({ dataDir: tmp.dir() });
    expect(second.migratedFrom).toBe(LATEST);
    expect(second.backupPath).toBeNull();
    expect(await callOperation(second.handlers, 'maps.get', { id: created.id })).toEqual(before);
    second.close();
    expect(integrity(second.path)).toBe('ok');
  });

  it('uses a custom file name', () => {
    const library = openLibrary({ dataDir: tmp.dir(), fileName: 'other.sqlite' });
    library.close();
    expect(fs.existsSync(path.join(tmp.dir(), 'other.sqlite'))).toBe(true);
  });
});

describe('a library from a newer version', () => {
  function makeFutureLibrary(file: string, wal: boolean) {
    const db = new Database(file);
    if (wal) db.pragma('journal_mode = WAL');
    db.exec("CREATE TABLE future_things (id TEXT PRIMARY KEY); INSERT INTO future_things VALUES ('x');");
    db.pragma('user_version = 9999');
    db.close();
  }

  for (const wal of [false, true]) {
    it(`is refused untouched (${wal ? 'WAL' : 'rollback journal'} file)`, () => {
      const file = path.join(tmp.dir(), 'library.sqlite');
      makeFutureLibrary(file, wal);
      const hash = sha256(file);
      const filesBefore = fs.readdirSync(tmp.dir()).sort();

      let caught: unknown;
      try {
        openLibrary({ dataDir: tmp.dir() });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ApiError);
      expect((caught as ApiError).code).toBe('unsupported_version');
      expect((caught as ApiError).message).toMatch(/newer version/);
      expect((caught as ApiError).message).toContain('9999');

      expect(sha256(file)).toBe(hash);
      expect(fs.readdirSync(tmp.dir()).sort()).toEqual(filesBefore);
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
      expect(fs.existsSync(`${file}-shm`)).toBe(false);
    });
  }

  it('refuses a file that is not SQLite, leaving it as it was', () => {
    const file = path.join(tmp.dir(), 'library.sqlite');
    fs.writeFileSync(file, 'this is a text file, not a database '.repeat(10));
    const hash = sha256(file);
    expect(() => openLibrary({ dataDir: tmp.dir() })).toThrow(/not a SQLite database/);
    expect(sha256(file)).toBe(hash);
    expect(fs.readdirSync(tmp.dir())).toEqual(['library.sqlite']);
  });
});

// The library of today, opened by a (test) app one migration ahead: the code of today can only write
// data into today's schema, so "older" is today's schema and the pending migration is a test one.
describe('migrating an older library', () => {
  const NEXT = LATEST + 10;
  const testAddTable: Migration = {
    version: NEXT,
    name: 'test-add-table',
    up(db) {
      db.exec('CREATE TABLE test_added (id INTEGER PRIMARY KEY)');
    },
  };

  async function makeOlderLibraryWithData() {
    const old = openLibrary({ dataDir: tmp.dir() });
    const map = await callOperation(old.handlers, 'maps.create', {
      name: 'Before upgrade',
      templateId: 'b2b-sales',
      language: 'en',
    });
    old.close();
    return map;
  }

  it('takes a backup with the old version and data before migrating', async () => {
    const map = await makeOlderLibraryWithData();

    const upgraded = openLibrary({ dataDir: tmp.dir(), migrations: [...MIGRATIONS, testAddTable] });
    expect(upgraded.migratedFrom).toBe(LATEST);
    expect(upgraded.schemaVersion).toBe(NEXT);
    expect(upgraded.backupPath).not.toBeNull();
    const backup = upgraded.backupPath ?? '';
    expect(path.dirname(backup)).toBe(path.join(tmp.dir(), 'backups'));
    expect(path.basename(backup)).toMatch(new RegExp(`^library-v${LATEST}-.+\\.sqlite$`));
    // The upgraded library still has the data and the new table.
    expect((await callOperation(upgraded.handlers, 'maps.get', { id: map.id })).name).toBe('Before upgrade');
    upgraded.close();

    inspectFile(backup, (db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(db.prepare('SELECT name FROM maps').pluck().all()).toEqual(['Before upgrade']);
      expect(db.prepare('SELECT count(*) FROM cards').pluck().get()).toBe(map.cardCount);
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'test_added'").pluck().get()).toBe(
        0,
      );
    });
    inspectFile(upgraded.path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(NEXT);
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'test_added'").pluck().get()).toBe(
        1,
      );
    });
    expect(integrity(upgraded.path)).toBe('ok');
  });

  it('rolls a failing migration back whole and leaves the library at its last good version', async () => {
    await makeOlderLibraryWithData();
    const failing: Migration = {
      version: NEXT,
      name: 'test-fails-half-way',
      up(db) {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
        throw new Error('boom');
      },
    };
    expect(() => openLibrary({ dataDir: tmp.dir(), migrations: [...MIGRATIONS, failing] })).toThrow('boom');
    const file = path.join(tmp.dir(), 'library.sqlite');
    inspectFile(file, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    });
    // The backup was taken before the attempt, so the user still has a copy to go back to.
    expect(fs.readdirSync(path.join(tmp.dir(), 'backups'))).toHaveLength(1);
    // And the current app still opens it.
    const again = openLibrary({ dataDir: tmp.dir() });
    expect(again.schemaVersion).toBe(LATEST);
    again.close();
    expect(integrity(file)).toBe('ok');
  });
});

describe('settings and templates', () => {
  it('stores settings that survive a reopen', async () => {
    const library = openLibrary({ dataDir: tmp.dir() });
    expect(await callOperation(library.handlers, 'settings.get', {})).toEqual({ language: null });
    expect(await callOperation(library.handlers, 'settings.update', { language: 'zh-CN' })).toEqual({
      language: 'zh-CN',
    });
    expect(await callOperation(library.handlers, 'settings.update', {})).toEqual({ language: 'zh-CN' });
    library.close();
    const reopened = openLibrary({ dataDir: tmp.dir() });
    expect(await callOperation(reopened.handlers, 'settings.get', {})).toEqual({ language: 'zh-CN' });
    expect(await callOperation(reopened.handlers, 'settings.update', { language: null })).toEqual({
      language: null,
    });
    reopened.close();
  });

  it('lists the templates in both languages', async () => {
    const library = openLibrary({ dataDir: tmp.dir() });
    const en = await callOperation(library.handlers, 'templates.list', { language: 'en' });
    const zh = await callOperation(library.handlers, 'templates.list', { language: 'zh-CN' });
    library.close();
    expect(en.map((t) => t.id)).toEqual(['blank', 'sales-funnel', 'b2b-sales', 'ecommerce', 'education']);
    expect(en.find((t) => t.id === 'sales-funnel')?.name).toBe('Sales funnel');
    expect(zh.find((t) => t.id === 'sales-funnel')?.name).toBe('销售漏斗');
    expect(zh.find((t) => t.id === 'sales-funnel')?.stageNames).toEqual([
      '认知',
      '兴趣',
      '考虑',
      '意向',
      '购买',
      '忠诚',
    ]);
  });
});

describe('defaultDataDir', () => {
  it('matches Electron userData for the product name on each platform', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x/cfg' }, '/home/u')).toBe(
      '/x/cfg/Journey Map Editor',
    );
    expect(defaultDataDir('linux', {}, '/home/u')).toBe('/home/u/.config/Journey Map Editor');
    expect(defaultDataDir('darwin', {}, '/Users/u')).toBe(
      '/Users/u/Library/Application Support/Journey Map Editor',
    );
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u')).toBe(
      'C:\\Users\\u\\AppData\\Roaming\\Journey Map Editor',
    );
  });
});
