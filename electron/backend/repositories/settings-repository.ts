import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';

/** A setting's stored JSON value, parsed; undefined when never set or unreadable. */
export function readSetting(db: Db, key: string): unknown {
  const raw = statement(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(key) as
    string | undefined;
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  statement(
    db,
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE settings.value IS NOT excluded.value`,
  ).run(key, JSON.stringify(value));
}
