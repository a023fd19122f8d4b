import type { Handlers } from '../../../shared/api';
import { newId, nowIso, type MapSnapshot, type VersionSummary } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { getMapRow, getMapSummary } from '../repositories/map-repository';
import { insertSnapshotMetrics, readSnapshot } from '../versions/snapshot-io';
import { recreateMissingPersonas } from '../versions/snapshot-personas';
import { replaceMapContent } from '../versions/replace-map-content';
import { thumbnailSvgDataUrl } from '../versions/thumbnail-svg';
import {
  deleteVersionRow,
  getVersionRow,
  getVersionSummaryRow,
  insertVersionRow,
  listVersionRows,
  parseSnapshot,
  toVersionSummary,
  updateVersionLabels,
} from '../versions/version-repository';
import { copyMapWithNewIds, copyName } from './copy-map';
import { insertWholeMap } from './map-writer';
import { notFound } from './service-errors';
import { nextTimestamp } from './timestamps';

type VersionHandlers = Pick<
  Handlers,
  | 'versions.save'
  | 'versions.list'
  | 'versions.get'
  | 'versions.current'
  | 'versions.update'
  | 'versions.delete'
  | 'versions.restore'
  | 'versions.duplicateAsMap'
>;

/** "Before restore 2026-05-01 14:03" (UTC): the name of the version a restore saves first. */
export function beforeRestoreName(now = new Date()): string {
  return `Before restore ${now.toISOString().slice(0, 16).replace('T', ' ')}`;
}

/**
 * Saves the map's current state as a version inside the caller's transaction, e.g. before an import
 * replaces the map's content ("Restoring or importing over a map first saves the current state").
 *
 * @throws ApiError `not_found` when there is no such map
 */
export function autoSaveVersion(db: Db, mapId: string, name: string, note = ''): VersionSummary {
  const snapshot = readSnapshot(db, mapId);
  if (!snapshot) throw notFound('map', mapId);
  return insertVersion(db, snapshot, name, note);
}

/** Stores a snapshot as a new version; the snapshot is frozen as JSON and never written again. */
function insertVersion(db: Db, snapshot: MapSnapshot, name: string, note: string): VersionSummary {
  const row = {
    id: newId(),
    map_id: snapshot.map.id,
    name,
    note,
    created_at: nowIso(),
    card_count: snapshot.map.cards.length,
    snapshot: JSON.stringify(snapshot),
  };
  insertVersionRow(db, row);
  return toVersionSummary(row);
}

export function createVersionHandlers(db: Db): VersionHandlers {
  const snapshotOf = (mapId: string): MapSnapshot => {
    const snapshot = readSnapshot(db, mapId);
    if (!snapshot) throw notFound('map', mapId);
    return snapshot;
  };
  // Snapshots never change, so neither do their thumbnails: draw each once per open library instead
  // of parsing every snapshot each time the panel lists them.
  const thumbnails = new Map<string, string | null>();
  const thumbnailOf = (row: { id: string; snapshot: string }): string | null => {
    let thumbnail = thumbnails.get(row.id);
    if (thumbnail === undefined) {
      thumbnail = thumbnailSvgDataUrl(parseSnapshot(row.snapshot).map);
      thumbnails.set(row.id, thumbnail);
    }
    return thumbnail;
  };
  const versionOrThrow = (id: string) => {
    const row = getVersionRow(db, id);
    if (!row) throw notFound('version', id);
    return row;
  };

  return {
    'versions.save': ({ mapId, name, note }) =>
      db.transaction(() => insertVersion(db, snapshotOf(mapId), name, note)).immediate(),

    'versions.list': ({ mapId }) => {
      if (!getMapRow(db, mapId)) throw notFound('map', mapId);
      return listVersionRows(db, mapId).map((row) => ({
        ...toVersionSummary(row),
        thumbnail: thumbnailOf(row),
      }));
    },

    'versions.get': ({ id }) => {
      const row = versionOrThrow(id);
      return { ...toVersionSummary(row), snapshot: parseSnapshot(row.snapshot) };
    },

    'versions.current': ({ mapId }) => snapshotOf(mapId),

    'versions.update': ({ id, name, note }) =>
      db
        .transaction(() => {
          if (updateVersionLabels(db, id, { name, note }) === 0) throw notFound('version', id);
          const row = getVersionSummaryRow(db, id);
          if (!row) throw notFound('version', id);
          return toVersionSummary(row);
        })
        .immediate(),

    'versions.delete': ({ id }) => {
      const deleted = db.transaction(() => deleteVersionRow(db, id)).immediate();
      if (deleted === 0) throw notFound('version', id);
      return { id };
    },

    'versions.restore': ({ id, beforeRestoreName: autoName }) =>
      db
        .transaction(() => {
          const row = versionOrThrow(id);
          const current = snapshotOf(row.map_id);
          const autoSaved = insertVersion(db, current, autoName ?? beforeRestoreName(), '');
          replaceMapContent(
            db,
            row.map_id,
            parseSnapshot(row.snapshot),
            nextTimestamp(current.map.updatedAt),
          );
          return { restored: toVersionSummary(row), autoSaved };
        })
        .immediate(),

    'versions.duplicateAsMap': ({ id, name }) => {
      const mapId = db
        .transaction(() => {
          const snapshot = parseSnapshot(versionOrThrow(id).snapshot);
          const { map, ids } = copyMapWithNewIds(
            snapshot.map,
            name ?? copyName(snapshot.map.name, snapshot.map.language),
            nowIso(),
          );
          recreateMissingPersonas(db, snapshot.personas);
          insertWholeMap(db, map);
          const periodIds = new Map(snapshot.periods.map((p) => [p.id, newId()]));
          insertSnapshotMetrics(
            db,
            map.id,
            snapshot,
            (old) => periodIds.get(old) ?? newId(),
            (old) => ids.get(old),
          );
          return map.id;
        })
        .immediate();
      const summary = getMapSummary(db, mapId);
      if (!summary) throw notFound('map', mapId);
      return summary;
    },
  };
}
