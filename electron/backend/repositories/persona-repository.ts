import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';

/** Whether the library has a persona with this id (personas are shared by all maps). */
export function personaExists(db: Db, id: string): boolean {
  return statement(db, 'SELECT 1 FROM personas WHERE id = ?').get(id) !== undefined;
}
