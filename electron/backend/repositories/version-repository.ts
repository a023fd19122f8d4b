import { MapSnapshotSchema, type MapSnapshot, type VersionSummary } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';

/** A `versions` row. `snapshot` is the JSON of a `MapSnapshot`; it is written once and never updated. */
interface VersionRow {
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

const toSummary = (r: SummaryRow): VersionSummary => ({
  id: r.id,
  mapId: r.map_id,
  name: r.name,
  note: r.note,
  createdAt: r.created_at,
  cardCount: r.card_count,
});

/** Parses a stored snapshot; a row that no longer parses is a bug or a damaged file, never user input. */
const parseSnapshot = (json: string): MapSnapshot => MapSnapshotSchema.parse(JSON.parse(json));

/** Stores a version; its card count is the snapshot's, and the snapshot is frozen as JSON. */
export function insertVersion(
  db: Db,
  version: Omit<VersionSummary, 'cardCount'>,
  snapshot: MapSnapshot,
): VersionSummary {
  const summary = { ...version, cardCount: snapshot.map.cards.length };
  statement(
    db,
    `INSERT INTO versions (id, map_id, name, note, created_at, card_count, snapshot)
     VALUES (@id, @mapId, @name, @note, @createdAt, @cardCount, @snapshot)`,
  ).run({ ...summary, snapshot: JSON.stringify(snapshot) });
  return summary;
}

/** A map's versions, newest first (rowid breaks ties of the same millisecond). */
export function listVersions(db: Db, mapId: string): VersionSummary[] {
  const rows = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM versions WHERE map_id = ? ORDER BY created_at DESC, rowid DESC`,
  ).all(mapId);
  return (rows as SummaryRow[]).map(toSummary);
}

/** A map's versions with their snapshots parsed, oldest first (the order of a map file). */
export function listVersionsWithSnapshots(
  db: Db,
  mapId: string,
): (VersionSummary & { snapshot: MapSnapshot })[] {
  const rows = statement(db, 'SELECT * FROM versions WHERE map_id = ? ORDER BY created_at, rowid').all(mapId);
  return (rows as VersionRow[]).map((row) => ({ ...toSummary(row), snapshot: parseSnapshot(row.snapshot) }));
}

export function getVersionSummary(db: Db, id: string): VersionSummary | undefined {
  const row = statement(db, `SELECT ${SUMMARY_COLUMNS} FROM versions WHERE id = ?`).get(id) as
    SummaryRow | undefined;
  return row && toSummary(row);
}

/** A version with its snapshot parsed. */
export function getVersion(db: Db, id: string): (VersionSummary & { snapshot: MapSnapshot }) | undefined {
  const row = statement(db, 'SELECT * FROM versions WHERE id = ?').get(id) as VersionRow | undefined;
  return row && { ...toSummary(row), snapshot: parseSnapshot(row.snapshot) };
}

/** Changes only the name and note: the snapshot column is never part of an update. */
export function updateVersionLabels(db: Db, id: string, labels: { name?: string; note?: string }): number {
  return statement(
    db,
    'UPDATE versions SET name = coalesce(@name, name), note = coalesce(@note, note) WHERE id = @id',
  ).run({ id, name: labels.name ?? null, note: labels.note ?? null }).changes;
}

export function deleteVersion(db: Db, id: string): number {
  return statement(db, 'DELETE FROM versions WHERE id = ?').run(id).changes;
}
