import type { Connection } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';
import { originOf } from './origin-id';

interface ConnectionRow {
  id: string;
  source_id: string;
  target_id: string;
  label: string;
  origin_id: string | null;
}

export function listConnections(db: Db, mapId: string): Connection[] {
  const rows = statement(
    db,
    'SELECT id, source_id, target_id, label, origin_id FROM connections WHERE map_id = ? ORDER BY rowid',
  ).all(mapId) as ConnectionRow[];
  return rows.map((r) => ({
    id: r.id,
    ...originOf(r),
    sourceId: r.source_id,
    targetId: r.target_id,
    label: r.label,
  }));
}

/** Inserts or updates a connection (its origin is written once, on insert); unchanged rows are not rewritten. */
export function upsertConnection(db: Db, mapId: string, c: Connection): void {
  statement(
    db,
    `INSERT INTO connections (id, map_id, source_id, target_id, label, origin_id)
     VALUES (@id, @mapId, @sourceId, @targetId, @label, @originId)
     ON CONFLICT (id) DO UPDATE SET
       source_id = excluded.source_id, target_id = excluded.target_id, label = excluded.label
     WHERE connections.map_id = excluded.map_id AND (connections.source_id IS NOT excluded.source_id
       OR connections.target_id IS NOT excluded.target_id OR connections.label IS NOT excluded.label)`,
  ).run({ ...c, mapId, originId: c.originId ?? null });
}

export function deleteConnection(db: Db, mapId: string, id: string): number {
  return statement(db, 'DELETE FROM connections WHERE id = ? AND map_id = ?').run(id, mapId).changes;
}

export function connectionOwner(db: Db, id: string): string | undefined {
  return statement(db, 'SELECT map_id FROM connections WHERE id = ?').pluck().get(id) as string | undefined;
}
