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
  const db = new Database(path.join(dataDir, 'library.sqlite'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  } finally {
    db.close();
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** The error of a result that must have failed. */
export function errorOf(result: ApiResult<unknown>): ApiErrorData {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}
