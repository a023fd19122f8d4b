import Database from 'better-sqlite3';

/**
 * Copies every row of `source` into the older, empty library file `target`, keeping only the
 * columns the older schema has: data exactly as the older app would have written it (today's
 * repositories write columns and tables that later migrations added, so they cannot write an old file).
 */
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
        db.exec(`INSERT OR REPLACE INTO main."${table}" (${list}) SELECT ${list} FROM src."${table}"`);
      }
    })();
    db.exec('DETACH DATABASE src');
  } finally {
    db.close();
  }
}
