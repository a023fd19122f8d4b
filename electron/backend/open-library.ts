import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../shared/api';
import { backupLibrary, readStoredVersion } from './db/library-file';
import { latestVersion, migrate } from './db/migrate';
import { MIGRATIONS, type Migration } from './db/migrations';
import { applyConnectionSettings, type Db } from './db/open-database';
import Database from 'better-sqlite3';
import { createHandlers } from './services/create-handlers';
import type { WorkshopService } from './workshop/workshop-service';

/** An open library: one SQLite file and the services working on it. */
export interface Library {
  /** Absolute path of the SQLite file. */
  readonly path: string;
  /** The implementation of every contract operation; hand it to `dispatchOperation`. */
  readonly handlers: Handlers;
  /** The live workshop session of this library (events for the facilitator's page, ending on quit). */
  readonly workshop: WorkshopService;
  /** Ends a running workshop session, then closes the database (checkpointing the WAL). Further calls to the handlers fail. */
  close(): void;
}

export interface OpenLibraryOptions {
  /** The folder holding the library and its `backups/` folder; created when missing. */
  dataDir: string;
  /** Reported by `library.info`. */
  appVersion?: string;
  /** Default `library.sqlite`. */
  fileName?: string;
  /** The schema steps to apply; tests pass a shorter or longer list to simulate other app versions. */
  migrations?: readonly Migration[];
  /** The built renderer whose participant page the workshop listener serves (`out/renderer`). */
  rendererDir?: string;
}

/** What {@link openLibrary} did on the way in, for logs and tests. */
export interface OpenedLibrary extends Library {
  /** The backup taken before migrating, if a migration ran on a library that already had data. */
  readonly backupPath: string | null;
  readonly migratedFrom: number;
  readonly schemaVersion: number;
}

/**
 * Opens (or creates) the library in `dataDir` and brings its schema up to date.
 *
 * 1. A library from a newer app version is refused with `unsupported_version` before SQLite opens it
 *    for writing: the file stays byte-identical and no `-wal`/`-shm` file appears.
 * 2. If migrations are pending on a library that already had a schema, a backup is written to
 *    `<dataDir>/backups/library-v<old>-<timestamp>.sqlite` first.
 * 3. Each pending migration runs in its own transaction that also sets `user_version`.
 *
 * @throws ApiError `unsupported_version` for a newer or non-SQLite file.
 */
export function openLibrary(options: OpenLibraryOptions): OpenedLibrary {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = latestVersion(migrations);
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, options.fileName ?? 'library.sqlite');

  const stored = readStoredVersion(file, latest);
  const db: Db = new Database(file);
  try {
    let backupPath: string | null = null;
    if (stored > 0 && stored < latest) backupPath = backupLibrary(db, dataDir, stored);
    applyConnectionSettings(db);
    const result = migrate(db, migrations, file);
    const { handlers, workshop } = createHandlers(db, {
      path: file,
      appVersion: options.appVersion ?? '0.0.0-dev',
      rendererDir: options.rendererDir,
    });
    return {
      path: file,
      handlers,
      workshop,
      backupPath,
      migratedFrom: result.from,
      schemaVersion: result.to,
      close: () => {
        workshop.endNow();
        if (db.open) db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
