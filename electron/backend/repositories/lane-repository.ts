import type { Lane, LaneKind } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';
import { originOf } from './origin-id';

interface LaneRow {
  id: string;
  map_id: string;
  position: number;
  name: string;
  kind: LaneKind;
  height: number;
  origin_id: string | null;
}

const toLane = (r: LaneRow): Lane => ({
  id: r.id,
  ...originOf(r),
  name: r.name,
  kind: r.kind,
  height: r.height,
});

export function listLanes(db: Db, mapId: string): Lane[] {
  const rows = statement(db, 'SELECT * FROM lanes WHERE map_id = ? ORDER BY position, rowid').all(mapId);
  return (rows as LaneRow[]).map(toLane);
}

/** Lane ids of a map in display order. */
export function laneIds(db: Db, mapId: string): string[] {
  return statement(db, 'SELECT id FROM lanes WHERE map_id = ? ORDER BY position, rowid')
    .pluck()
    .all(mapId) as string[];
}

/**
 * Inserts a lane at `position` or updates an existing one's content (its origin is written once, on
 * insert); unchanged rows are not rewritten.
 */
export function upsertLane(db: Db, mapId: string, lane: Lane, position: number): void {
  statement(
    db,
    `INSERT INTO lanes (id, map_id, position, name, kind, height, origin_id)
     VALUES (@id, @mapId, @position, @name, @kind, @height, @originId)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, height = excluded.height
     WHERE lanes.map_id = excluded.map_id AND (lanes.name IS NOT excluded.name
       OR lanes.kind IS NOT excluded.kind OR lanes.height IS NOT excluded.height)`,
  ).run({ ...lane, mapId, position, originId: lane.originId ?? null });
}

/** Moves a lane; returns 0 when it already was there (nothing written). */
export function setLanePosition(db: Db, mapId: string, id: string, position: number): number {
  return statement(db, 'UPDATE lanes SET position = ? WHERE id = ? AND map_id = ? AND position IS NOT ?').run(
    position,
    id,
    mapId,
    position,
  ).changes;
}

export function nextLanePosition(db: Db, mapId: string): number {
  return statement(db, 'SELECT coalesce(max(position) + 1, 0) FROM lanes WHERE map_id = ?')
    .pluck()
    .get(mapId) as number;
}

export function deleteLane(db: Db, mapId: string, id: string): number {
  return statement(db, 'DELETE FROM lanes WHERE id = ? AND map_id = ?').run(id, mapId).changes;
}

export function laneOwner(db: Db, id: string): string | undefined {
  return statement(db, 'SELECT map_id FROM lanes WHERE id = ?').pluck().get(id) as string | undefined;
}
