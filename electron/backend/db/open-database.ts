import type Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Settings of the writing connection that the whole backend relies on.
 *
 * - `journal_mode = WAL`: readers never block the writer, and a commit is one append to the WAL.
 * - `synchronous = NORMAL`: in WAL mode a committed transaction survives a crash of the app or of
 *   the OS process; only a power loss or kernel crash may roll back the last commits (never corrupt
 *   the file). That is SQLite's recommended trade-off for WAL and keeps autosave cheap.
 * - `foreign_keys = ON`: cascades (map -> stages -> cards -> connections) and same-map references
 *   are enforced by the database, not only by the services.
 * - `busy_timeout = 5000`: a second process (e.g. a backup tool) holding a lock briefly makes us wait
 *   instead of failing at once.
 *
 * `journal_mode` is persistent in the file; the others must be set on every open.
 */
export function applyConnectionSettings(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}
