import { MapSnapshotSchema, type MapSnapshot, type VersionSummary } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';

/** A `versions` row. `snapshot` is the JSON of a `MapSnapshot`; it is written once and never updated. */
export interface VersionRow {
  id: string;
  map_id: string;
  name: string;
  note: string;
  created_at: string;
  card_count: number;
  snapshot: string;
}

type SummaryRow = Omit<VersionRow, 'snapshot'>;
const SUMMARY_COLUMNS = 'id, map_id, name, note, created_at, card_count';

export const toVersionSummary = (r: SummaryRow): VersionSummary => ({
  id: r.id,
  mapId: r.map_id,
  name: r.name,
  note: r.note,
  createdAt: r.created_at,
  cardCount: r.card_count,
});

export function insertVersionRow(db: Db, row: VersionRow): void {
  statement(
    db,
    `INSERT INTO versions (id, map_id, name, note, created_at, card_count, snapshot)
     VALUES (@id, @map_id, @name, @note, @created_at, @card_count, @snapshot)`,
  ).run(row);
}

/** A map's versions, newest first (rowid breaks ties of the same millisecond). */
export function listVersionRows(db: Db, mapId: string): VersionRow[] {
  return statement(db, 'SELECT * FROM versions WHERE map_id = ? ORDER BY created_at DESC, rowid DESC').all(
    mapId,
  ) as VersionRow[];
}

export function getVersionSummaryRow(db: Db, id: string): SummaryRow | undefined {
  return statement(db, `SELECT ${SUMMARY_COLUMNS} FROM versions WHERE id = ?`).get(id) as
    SummaryRow | undefined;
}

export function getVersionRow(db: Db, id: string): VersionRow | undefined {
  return statement(db, 'SELECT * FROM versions WHERE id = ?').get(id) as VersionRow | undefined;
}

/** Changes only the name and note: the snapshot column is never part of an update. */
export function updateVersionLabels(db: Db, id: string, labels: { name?: string; note?: string }): number {
  return statement(
    db,
    'UPDATE versions SET name = coalesce(@name, name), note = coalesce(@note, note) WHERE id = @id',
  ).run({ id, name: labels.name ?? null, note: labels.note ?? null }).changes;
}

export function deleteVersionRow(db: Db, id: string): number {
  return statement(db, 'DELETE FROM versions WHERE id = ?').run(id).changes;
}

/** Parses a stored snapshot; a row that no longer parses is a bug or a damaged file, never user input. */
export function parseSnapshot(json: string): MapSnapshot {
  return MapSnapshotSchema.parse(JSON.parse(json));
}
