import { ApiError } from '../../../shared/api';
import type { Migration } from './migrations';
import type { Db } from './open-database';

/** The schema version a list of migrations leads to (0 for none). */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** The error for a library written by a newer app; the file is never touched when it is thrown. */
export function newerVersionError(file: string, found: number, latest: number): ApiError {
  return new ApiError(
    'unsupported_version',
    `The library at ${file} is from a newer version of Journey Map Editor (schema ${found}; this app ` +
      `knows up to ${latest}). It was left untouched: please update the app to open it.`,
    { reason: 'library_newer_version', params: { file, found, latest } },
  );
}

export interface MigrationResult {
  from: number;
  to: number;
  applied: string[];
}

/**
 * Brings `db` up to the newest migration in `migrations`. Each pending migration runs in its own
 * transaction that also sets `user_version`, so a crash leaves the database at a whole version,
 * never half-way. A database newer than the list is refused before anything is written.
 *
 * @param migrations - sorted or not; tests pass their own list to simulate an older app.
 */
export function migrate(db: Db, migrations: readonly Migration[], file = db.name): MigrationResult {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    const previous = sorted[i - 1];
    if (!Number.isInteger(m.version) || m.version <= 0 || (previous && previous.version === m.version)) {
      throw new Error(`Migration versions must be distinct positive integers (got ${m.version})`);
    }
  });
  const latest = latestVersion(sorted);
  const from = readUserVersion(db);
  if (from > latest) throw newerVersionError(file, from, latest);

  const applied: string[] = [];
  for (const m of sorted) {
    if (m.version <= from) continue;
    // foreign_keys cannot change inside a transaction: switch it off before, back after.
    const keysWereOn = m.foreignKeysOff === true && Number(db.pragma('foreign_keys', { simple: true })) === 1;
    if (keysWereOn) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        m.up(db);
        if (m.foreignKeysOff === true) assertReferencesIntact(db, m);
        // PRAGMA takes no bound parameters; the value is a checked integer.
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    } finally {
      if (keysWereOn) db.pragma('foreign_keys = ON');
    }
    applied.push(`${m.version}-${m.name}`);
  }
  return { from, to: Math.max(from, latest), applied };
}

/** Throws (rolling the migration back) when a table rebuild left a reference pointing nowhere. */
function assertReferencesIntact(db: Db, m: Migration): void {
  const broken = db.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) {
    throw new Error(`Migration ${m.version}-${m.name} left ${broken.length} broken references; rolled back`);
  }
}

export function readUserVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}
