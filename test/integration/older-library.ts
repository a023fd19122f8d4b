import Database from 'better-sqlite3';
import type { JourneyMap } from '../../shared/domain';

/** Card kinds added after 0010 (migration 0050); an older app wrote these cards as notes. */
const NEWER_KINDS = ['action', 'thought'];

/** `map` as an app before migration 0050 saved it: its action and thought cards are notes. */
export function asWrittenBeforeActionKinds(map: JourneyMap): JourneyMap {
  return {
    ...map,
    cards: map.cards.map((c) => (NEWER_KINDS.includes(c.kind) ? { ...c, kind: 'note' as const } : c)),
  };
}

/**
 * Copies every row of `source` into the older, empty library file `target`, keeping only the
 * columns the older schema has: data exactly as the older app would have written it (today's
 * repositories write columns and tables that later migrations added, so they cannot write an old file).
 * Card kinds the older schema's CHECK does not list are written as notes, as the older app did.
 */
const OLD_KIND = `CASE WHEN kind IN (${NEWER_KINDS.map((k) => `'${k}'`).join(', ')}) THEN 'note' ELSE kind END`;

function knowsNewerKinds(db: Database.Database): boolean {
  const sql = db.prepare("SELECT sql FROM main.sqlite_master WHERE name = 'cards'").pluck().get();
  return typeof sql === 'string' && sql.includes("'action'");
}

export function copyRowsIntoOlderSchema(source: string, target: string): void {
  const db = new Database(target);
  try {
    db.pragma('foreign_keys = OFF');
    db.prepare('ATTACH DATABASE ? AS src').run(source);
    const tables = db
      .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    db.transaction(() => {
      for (const table of tables) {
        const columnsOf = (schema: string) =>
          (db.pragma(`${schema}.table_info(${table})`) as { name: string }[]).map((c) => c.name);
        const shared = columnsOf('main').filter((c) => columnsOf('src').includes(c));
        if (shared.length === 0) continue;
        const list = shared.map((c) => `"${c}"`).join(', ');
        const select = table === 'cards' && !knowsNewerKinds(db) ? list.replace('"kind"', OLD_KIND) : list;
        db.exec(`INSERT OR REPLACE INTO main."${table}" (${list}) SELECT ${select} FROM src."${table}"`);
      }
    })();
    db.exec('DETACH DATABASE src');
  } finally {
    db.close();
  }
}
