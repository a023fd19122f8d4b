import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type OpenedLibrary } from '../../electron/backend';
import { copyLibrary } from '../../electron/backend/library-move';
import { ApiError } from '../../shared/api';
import { callOperation, useTempDir } from '../helpers/temp-library';

const tmp = useTempDir('library-move-');
let library: OpenedLibrary;
beforeEach(() => {
  library = openLibrary({ dataDir: path.join(tmp.dir(), 'old') });
});
// Runs before the folder is removed (afterEach hooks run in reverse order).
afterEach(() => library.close());

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a rejection');
}

describe('copyLibrary (Move library...)', () => {
  it('copies a library that is open and being written, verifies it, and the copy opens with every map', async () => {
    for (let i = 0; i < 30; i += 1) {
      await callOperation(library.handlers, 'maps.create', {
        name: `Map ${i}`,
        templateId: 'ecommerce',
        language: 'en',
      });
    }
    const before = await callOperation(library.handlers, 'maps.list', {});
    const result = await copyLibrary(library.path, path.join(tmp.dir(), 'new', 'nested'));
    expect(result).toEqual({
      path: path.join(tmp.dir(), 'new', 'nested', 'library.sqlite'),
      integrity: 'ok',
      maps: 30,
    });
    expect(fs.readdirSync(path.join(tmp.dir(), 'new', 'nested'))).toEqual(['library.sqlite']);

    const moved = openLibrary({ dataDir: path.join(tmp.dir(), 'new', 'nested') });
    try {
      const after = await callOperation(moved.handlers, 'maps.list', {});
      expect(after.map((m) => m.id).sort()).toEqual(before.map((m) => m.id).sort());
      const first = before[0]!;
      expect(await callOperation(moved.handlers, 'maps.get', { id: first.id })).toEqual(
        await callOperation(library.handlers, 'maps.get', { id: first.id }),
      );
    } finally {
      moved.close();
    }
    // The source keeps working.
    await callOperation(library.handlers, 'maps.create', {
      name: 'Still here',
      templateId: 'blank',
      language: 'en',
    });
  });

  it('refuses a folder that already holds a library, and the folder of the library itself', async () => {
    const other = openLibrary({ dataDir: path.join(tmp.dir(), 'other') });
    other.close();
    const sizeBefore = fs.statSync(path.join(tmp.dir(), 'other', 'library.sqlite')).size;
    expect(await rejection(copyLibrary(library.path, path.join(tmp.dir(), 'other')))).toMatchObject({
      code: 'conflict',
    });
    expect(fs.statSync(path.join(tmp.dir(), 'other', 'library.sqlite')).size).toBe(sizeBefore);
    expect(await rejection(copyLibrary(library.path, path.join(tmp.dir(), 'old')))).toMatchObject({
      code: 'conflict',
    });
  });

  it('fails with the reason and leaves nothing behind when the destination cannot be written', async () => {
    const file = path.join(tmp.dir(), 'a-file');
    fs.writeFileSync(file, 'x');
    const error = await rejection(copyLibrary(library.path, path.join(file, 'sub')));
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/could not be copied/);
  });

  it('refuses a copy that does not verify and removes it', async () => {
    // A source whose pages are damaged: the backup copies the damage and integrity_check catches it.
    const broken = path.join(tmp.dir(), 'broken', 'library.sqlite');
    fs.mkdirSync(path.dirname(broken));
    const db = new Database(broken);
    db.exec('CREATE TABLE maps (id TEXT PRIMARY KEY, body TEXT); CREATE INDEX maps_body ON maps(body);');
    const insert = db.prepare('INSERT INTO maps VALUES (?, ?)');
    for (let i = 0; i < 600; i += 1) insert.run(`m${i}`, 'x'.repeat(200));
    db.close();
    // Overwrite a page in the middle of the file (the index's pages) with garbage.
    const bytes = fs.readFileSync(broken);
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    bytes.fill(0x5a, pageSize * (pages - 3) + 8, pageSize * (pages - 2));
    fs.writeFileSync(broken, bytes);

    const error = await rejection(copyLibrary(broken, path.join(tmp.dir(), 'dest')));
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/did not verify|could not be copied/);
    expect(fs.existsSync(path.join(tmp.dir(), 'dest', 'library.sqlite'))).toBe(false);
    expect(fs.readdirSync(path.join(tmp.dir(), 'dest'))).toEqual([]);
  });
});
