import type { JourneyMap, Language, MapSummary } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';

/** A map's own fields, without its content. */
export type MapInfo = Pick<
  JourneyMap,
  'id' | 'name' | 'description' | 'language' | 'createdAt' | 'updatedAt'
>;

interface MapRow {
  id: string;
  name: string;
  description: string;
  language: Language;
  created_at: string;
  updated_at: string;
}

interface SummaryRow extends MapRow {
  stage_count: number;
  card_count: number;
}

const SUMMARY_SELECT = `
  SELECT m.*,
    (SELECT count(*) FROM stages s WHERE s.map_id = m.id) AS stage_count,
    (SELECT count(*) FROM cards c WHERE c.map_id = m.id) AS card_count
  FROM maps m`;

const toSummary = (r: SummaryRow): MapSummary => ({
  id: r.id,
  name: r.name,
  description: r.description,
  language: r.language,
  stageCount: r.stage_count,
  cardCount: r.card_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Every map, most recently changed first. */
export function listMapSummaries(db: Db): MapSummary[] {
  const rows = statement(db, `${SUMMARY_SELECT} ORDER BY m.updated_at DESC, m.rowid DESC`).all();
  return (rows as SummaryRow[]).map(toSummary);
}

export function getMapSummary(db: Db, id: string): MapSummary | undefined {
  const row = statement(db, `${SUMMARY_SELECT} WHERE m.id = ?`).get(id) as SummaryRow | undefined;
  return row && toSummary(row);
}

export function getMapInfo(db: Db, id: string): MapInfo | undefined {
  const row = statement(db, 'SELECT * FROM maps WHERE id = ?').get(id) as MapRow | undefined;
  return (
    row && {
      id: row.id,
      name: row.name,
      description: row.description,
      language: row.language,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }
  );
}

export function insertMap(db: Db, map: MapInfo): void {
  statement(
    db,
    `INSERT INTO maps (id, name, description, language, created_at, updated_at)
     VALUES (@id, @name, @description, @language, @createdAt, @updatedAt)`,
  ).run({
    id: map.id,
    name: map.name,
    description: map.description,
    language: map.language,
    createdAt: map.createdAt,
    updatedAt: map.updatedAt,
  });
}

/** Writes the map's own fields; a field left undefined keeps its value. One row, one write. */
export function updateMap(
  db: Db,
  id: string,
  fields: { name?: string; description?: string; language?: Language; updatedAt: string },
): void {
  statement(
    db,
    `UPDATE maps SET name = coalesce(@name, name), description = coalesce(@description, description),
       language = coalesce(@language, language), updated_at = @updatedAt
     WHERE id = @id`,
  ).run({
    id,
    name: fields.name ?? null,
    description: fields.description ?? null,
    language: fields.language ?? null,
    updatedAt: fields.updatedAt,
  });
}

/** Deletes a map; its stages, lanes, cards, connections, metrics and versions go by cascade. */
export function deleteMap(db: Db, id: string): number {
  return statement(db, 'DELETE FROM maps WHERE id = ?').run(id).changes;
}

/**
 * Deletes the map's connections, cards, stages and lanes (leaves first), keeping the map row, its
 * persona list, periods and versions: what a write of the whole content replaces.
 */
export function deleteMapDocument(db: Db, mapId: string): void {
  for (const table of ['connections', 'cards', 'stages', 'lanes'] as const) {
    statement(db, `DELETE FROM ${table} WHERE map_id = ?`).run(mapId);
  }
}

export function listMapPersonaIds(db: Db, mapId: string): string[] {
  return statement(db, 'SELECT persona_id FROM map_personas WHERE map_id = ? ORDER BY position')
    .pluck()
    .all(mapId) as string[];
}

/** Makes the map's persona list equal `ids`, touching only the rows that differ. */
export function setMapPersonaIds(db: Db, mapId: string, ids: readonly string[]): void {
  const current = listMapPersonaIds(db, mapId);
  const wanted = new Set(ids);
  for (const id of current) {
    if (!wanted.has(id)) {
      statement(db, 'DELETE FROM map_personas WHERE map_id = ? AND persona_id = ?').run(mapId, id);
    }
  }
  ids.forEach((id, position) => {
    statement(
      db,
      `INSERT INTO map_personas (map_id, persona_id, position) VALUES (?, ?, ?)
       ON CONFLICT (map_id, persona_id) DO UPDATE SET position = excluded.position
       WHERE map_personas.position IS NOT excluded.position`,
    ).run(mapId, id, position);
  });
}
