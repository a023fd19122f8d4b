import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api';
import { newerVersionError } from './migrate';
import type { Db } from './open-database';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;
/** Offset of the big-endian `user_version` in the SQLite file header (sqlite.org/fileformat.html). */
const USER_VERSION_OFFSET = 60;

/**
 * The schema version stored in an existing library file, read without writing a byte: first from
 * the file header with a plain read, then through a read-only connection (which also sees commits
 * still in a `-wal` file). Returns 0 for a missing or empty file, which SQLite treats as a new
 * database.
 *
 * @param latest - the newest version this app knows. A newer header stops us before SQLite opens
 *   the file at all (a read-only open of a WAL database may create `-shm`).
 * @throws ApiError `unsupported_version` for a newer library or a file that is not SQLite.
 */
export function readStoredVersion(file: string, latest: number): number {
  const headerVersion = readHeaderVersion(file);
  if (headerVersion === null) return 0;
  if (headerVersion > latest) throw newerVersionError(file, headerVersion, latest);
  const ro = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const version = Number(ro.pragma('user_version', { simple: true }));
    if (version > latest) throw newerVersionError(file, version, latest);
    return version;
  } finally {
    ro.close();
  }
}

function readHeaderVersion(file: string): number | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const header = Buffer.alloc(HEADER_SIZE);
    const read = fs.readSync(fd, header, 0, HEADER_SIZE, 0);
    if (read === 0) return null;
    if (read < HEADER_SIZE || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
      throw new ApiError(
        'unsupported_version',
        `The file at ${file} is not a Journey Map Editor library (it is not a SQLite database). ` +
          'It was left untouched; move it away or choose another data folder.',
        { reason: 'library_not_sqlite', params: { file } },
      );
    }
    return header.readUInt32BE(USER_VERSION_OFFSET);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Copies the library into `<dataDir>/backups/library-v<version>-<timestamp>.sqlite` before a
 * migration changes it. Uses `VACUUM INTO`, which SQLite names next to the backup API as the safe
 * way to copy a live database (sqlite.org/howtocorrupt.html): it writes a consistent snapshot,
 * keeps `user_version`, and, unlike better-sqlite3's `db.backup()`, is synchronous, so opening the
 * library can stay a synchronous call.
 */
export function backupLibrary(db: Db, dataDir: string, version: number, now = new Date()): string {
  const dir = path.join(dataDir, 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = path.join(dir, `library-v${version}-${stamp}.sqlite`);
  for (let i = 2; fs.existsSync(target); i += 1) {
    target = path.join(dir, `library-v${version}-${stamp}-${i}.sqlite`);
  }
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}
