import type { Stage } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';
import { originOf } from './origin-id';

interface StageRow {
  id: string;
  map_id: string;
  position: number;
  name: string;
  description: string;
  goal: string;
  width: number;
  origin_id: string | null;
}

const toStage = (r: StageRow): Stage => ({
  id: r.id,
  ...originOf(r),
  name: r.name,
  description: r.description,
  goal: r.goal,
  width: r.width,
});

export function listStages(db: Db, mapId: string): Stage[] {
  const rows = statement(db, 'SELECT * FROM stages WHERE map_id = ? ORDER BY position, rowid').all(mapId);
  return (rows as StageRow[]).map(toStage);
}

/** Stage ids of a map in display order. */
export function stageIds(db: Db, mapId: string): string[] {
  return statement(db, 'SELECT id FROM stages WHERE map_id = ? ORDER BY position, rowid')
    .pluck()
    .all(mapId) as string[];
}

/**
 * Inserts a stage at `position`, or updates an existing one's content (its position is left to
 * {@link setStagePosition}; its origin is written once, on insert). Unchanged rows are not rewritten.
 */
export function upsertStage(db: Db, mapId: string, stage: Stage, position: number): void {
  statement(
    db,
    `INSERT INTO stages (id, map_id, position, name, description, goal, width, origin_id)
     VALUES (@id, @mapId, @position, @name, @description, @goal, @width, @originId)
     ON CONFLICT (id) DO UPDATE SET
       name = excluded.name, description = excluded.description, goal = excluded.goal, width = excluded.width
     WHERE stages.map_id = excluded.map_id AND (stages.name IS NOT excluded.name
       OR stages.description IS NOT excluded.description OR stages.goal IS NOT excluded.goal
       OR stages.width IS NOT excluded.width)`,
  ).run({ ...stage, mapId, position, originId: stage.originId ?? null });
}

/** Moves a stage; returns 0 when it already was there (nothing written). */
export function setStagePosition(db: Db, mapId: string, id: string, position: number): number {
  return statement(
    db,
    'UPDATE stages SET position = ? WHERE id = ? AND map_id = ? AND position IS NOT ?',
  ).run(position, id, mapId, position).changes;
}

export function nextStagePosition(db: Db, mapId: string): number {
  return statement(db, 'SELECT coalesce(max(position) + 1, 0) FROM stages WHERE map_id = ?')
    .pluck()
    .get(mapId) as number;
}

export function deleteStage(db: Db, mapId: string, id: string): number {
  return statement(db, 'DELETE FROM stages WHERE id = ? AND map_id = ?').run(id, mapId).changes;
}

export function stageOwner(db: Db, id: string): string | undefined {
  return statement(db, 'SELECT map_id FROM stages WHERE id = ?').pluck().get(id) as string | undefined;
}
