import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api';
import { describeWriteError, removeQuietly, WRITE_FAILURE_REASONS } from './files/atomic-write';

/** The library's file name inside its folder (as `openLibrary` names it by default). */
export const LIBRARY_FILE_NAME = 'library.sqlite';

/** What {@link copyLibrary} produced. */
export interface LibraryCopy {
  /** The verified copy, `<destDir>/library.sqlite`. */
  path: string;
  /** The result of `PRAGMA integrity_check` on the copy: always `'ok'` when this returns. */
  integrity: 'ok';
  /** Number of maps in the copy (same as the source), for the log. */
  maps: number;
}

const countMaps = (db: Database.Database): number =>
  Number(db.prepare('SELECT count(*) AS n FROM maps').pluck().get());

/**
 * Copies a library into another folder with SQLite's online backup API (a consistent snapshot
 * even while the app keeps the source open and writing, WAL content included), then verifies the
 * copy before anyone uses it: `PRAGMA integrity_check` must answer `ok` and the copy must hold the
 * same maps. The copy is written under a temporary name and renamed into place only once verified,
 * so a failed move leaves no half library behind. The source is never modified.
 *
 * @throws ApiError `conflict` when the destination already holds a library or is the source folder;
 *   `internal` with the disk/permission reason when the copy cannot be written or does not verify.
 */
export async function copyLibrary(sourceFile: string, destDir: string): Promise<LibraryCopy> {
  const source = path.resolve(sourceFile);
  const folder = path.resolve(destDir);
  const dest = path.join(folder, LIBRARY_FILE_NAME);
  if (path.dirname(source) === folder) {
    throw new ApiError('conflict', 'The library is already in this folder. Choose another folder.', {
      reason: 'library_already_here',
    });
  }
  if (fs.existsSync(dest)) {
    throw new ApiError(
      'conflict',
      `"${folder}" already holds a library. Use "Open another library..." to switch to it, or choose an empty folder.`,
      { reason: 'library_exists_in_folder', params: { folder } },
    );
  }
  const temp = path.join(folder, `.${LIBRARY_FILE_NAME}.moving`);
  const removeTemp = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) removeQuietly(temp + suffix);
  };

  const reader = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const expectedMaps = countMaps(reader);
    try {
      fs.mkdirSync(folder, { recursive: true });
      removeTemp();
      await reader.backup(temp);
    } catch (error) {
      removeTemp();
      const reason = describeWriteError(error, dest);
      throw new ApiError('internal', `The library could not be copied: ${reason.message}`, {
        reason: 'library_copy_failed',
        params: { ...reason.params, cause: WRITE_FAILURE_REASONS[reason.reason] },
      });
    }

    const copy = new Database(temp, { fileMustExist: true });
    let integrity: string;
    let maps = -1;
    try {
      integrity = String(copy.pragma('integrity_check', { simple: true }));
      if (integrity === 'ok') maps = countMaps(copy);
      // Fold any WAL content into the file so the copy is one self-contained file.
      copy.pragma('wal_checkpoint(TRUNCATE)');
    } catch (error) {
      integrity = error instanceof Error ? error.message : String(error);
    } finally {
      copy.close();
    }
    // integrity_check lists every damaged cell; the first problem is enough for the message.
    integrity = integrity.split('\n').slice(0, 2).join(' ').slice(0, 200);
    if (integrity !== 'ok' || maps !== expectedMaps) {
      removeTemp();
      throw new ApiError(
        'internal',
        `The copy of the library did not verify (integrity check: ${integrity}; ${Math.max(maps, 0)} of ${expectedMaps} maps). The library was not moved.`,
        {
          reason: 'library_copy_unverified',
          params: { integrity, maps: Math.max(maps, 0), expected: expectedMaps },
        },
      );
    }
    fs.renameSync(temp, dest);
    removeTemp();
    return { path: dest, integrity: 'ok', maps };
  } finally {
    reader.close();
  }
}
