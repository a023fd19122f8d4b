import type Database from 'better-sqlite3';
import type { Db } from './open-database';

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement for `sql` on `db`, prepared once per connection. Preparing is the costly
 * part of a query; reading a 2,000-card map or saving one card must not pay it on every call.
 */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
