import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';

/** Whose preference a row is: the user's (`mapId` null) or one map's. */
export type PreferenceOwner = { mapId: string | null };

/** A preference's stored JSON value, parsed; undefined when never set or unreadable. */
export function readPreference(db: Db, { mapId }: PreferenceOwner, key: string): unknown {
  const raw = statement(db, 'SELECT value FROM preferences WHERE key = ? AND map_id IS ?')
    .pluck()
    .get(key, mapId) as string | undefined;
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Stores a preference; a map's rows are deleted with the map (see migration 0040). */
export function writePreference(db: Db, { mapId }: PreferenceOwner, key: string, value: unknown): void {
  const text = JSON.stringify(value);
  if (mapId === null) {
    statement(
      db,
      `INSERT INTO preferences (map_id, key, value) VALUES (NULL, ?, ?)
       ON CONFLICT (key) WHERE map_id IS NULL DO UPDATE SET value = excluded.value`,
    ).run(key, text);
  } else {
    statement(
      db,
      `INSERT INTO preferences (map_id, key, value) VALUES (?, ?, ?)
       ON CONFLICT (map_id, key) WHERE map_id IS NOT NULL DO UPDATE SET value = excluded.value`,
    ).run(mapId, key, text);
  }
}
