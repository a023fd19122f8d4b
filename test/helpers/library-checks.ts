import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { ApiErrorData, ApiResult } from '../../shared/api';
import type { Library } from '../../electron/backend';

/**
 * Closes a test library and proves the file it leaves behind is sound (`integrity_check` ok, no
 * dangling foreign keys), then removes its folder. Every integration test ends with it.
 */
export function closeAndCheckLibrary(library: Library, dataDir: string): void {
  library.close();
  inspectFile(path.join(dataDir, 'library.sqlite'), (db) => {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Opens the file read-only with a second, independent connection (what another process sees), runs `fn`, closes it. */
export function inspectFile<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Number of rows in one table of the file, read through a second connection. */
export const countRowsIn = (file: string, table: string): number =>
  inspectFile(file, (db) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);

/** The error of a result that must have failed. */
export function errorOf(result: ApiResult<unknown>): ApiErrorData {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}
