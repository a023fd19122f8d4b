import type { Handlers } from '../../../shared/api';
import { copyName } from '../../../shared/document/copy-name';
import { copyMapContent } from '../../../shared/document/remap-map';
import { newId, nowIso, type MapSnapshot, type VersionSummary } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { getMapInfo, getMapSummary } from '../repositories/map-repository';
import {
  deleteVersion,
  getVersion,
  getVersionSummary,
  insertVersion,
  listVersions,
  updateVersionLabels,
} from '../repositories/version-repository';
import { readSnapshot } from '../versions/read-snapshot';
import { thumbnailSvgDataUrl } from '../versions/thumbnail-svg';
import { notFound } from './service-errors';
import { nextTimestamp } from './timestamps';
import { writeMapContent } from './write-map-content';

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
  return saveVersion(db, snapshot, name, note);
}

/** Stores a snapshot as a new version; the snapshot is frozen as JSON and never written again. */
function saveVersion(db: Db, snapshot: MapSnapshot, name: string, note: string): VersionSummary {
  return insertVersion(
    db,
    { id: newId(), mapId: snapshot.map.id, name, note, createdAt: nowIso() },
    snapshot,
  );
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
  const thumbnailOf = (id: string): string | null => {
    let thumbnail = thumbnails.get(id);
    if (thumbnail === undefined) {
      const snapshot = getVersion(db, id)?.snapshot;
      thumbnail = snapshot ? thumbnailSvgDataUrl(snapshot.map) : null;
      thumbnails.set(id, thumbnail);
    }
    return thumbnail;
  };
  const versionOrThrow = (id: string) => {
    const version = getVersion(db, id);
    if (!version) throw notFound('version', id);
    return version;
  };

  return {
    'versions.save': ({ mapId, name, note }) =>
      db.transaction(() => saveVersion(db, snapshotOf(mapId), name, note)).immediate(),

    'versions.list': ({ mapId }) => {
      if (!getMapInfo(db, mapId)) throw notFound('map', mapId);
      return listVersions(db, mapId).map((version) => ({ ...version, thumbnail: thumbnailOf(version.id) }));
    },

    'versions.get': ({ id }) => versionOrThrow(id),

    'versions.current': ({ mapId }) => snapshotOf(mapId),

    'versions.update': ({ id, name, note }) =>
      db
        .transaction(() => {
          if (updateVersionLabels(db, id, { name, note }) === 0) throw notFound('version', id);
          const summary = getVersionSummary(db, id);
          if (!summary) throw notFound('version', id);
          return summary;
        })
        .immediate(),

    'versions.delete': ({ id }) => {
      const deleted = db.transaction(() => deleteVersion(db, id)).immediate();
      if (deleted === 0) throw notFound('version', id);
      return { id };
    },

    'versions.restore': ({ id, beforeRestoreName: autoName }) =>
      db
        .transaction(() => {
          const { snapshot, ...restored } = versionOrThrow(id);
          const current = snapshotOf(restored.mapId);
          const autoSaved = saveVersion(db, current, autoName ?? beforeRestoreName(), '');
          writeMapContent(
            db,
            { ...snapshot, map: { ...snapshot.map, id: restored.mapId } },
            { kind: 'replace', updatedAt: nextTimestamp(current.map.updatedAt) },
          );
          return { restored, autoSaved };
        })
        .immediate(),

    'versions.duplicateAsMap': ({ id, name }) => {
      const mapId = db
        .transaction(() => {
          const { snapshot } = versionOrThrow(id);
          const copyNamed = name ?? copyName(snapshot.map.name, snapshot.map.language);
          const copy = copyMapContent(snapshot, { name: copyNamed, now: nowIso() });
          // The frozen personas come back where they were deleted since; the copy keeps their ids.
          writeMapContent(db, { ...copy, personas: snapshot.personas }, { kind: 'new' });
          return copy.map.id;
        })
        .immediate();
      const summary = getMapSummary(db, mapId);
      if (!summary) throw notFound('map', mapId);
      return summary;
    },
  };
}
