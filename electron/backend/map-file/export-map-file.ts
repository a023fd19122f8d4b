import { buildMapFile, mapFileName, type MapFileVersion } from '../../../shared/export';
import { nowIso } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { listVersionsWithSnapshots } from '../repositories/version-repository';
import { notFound } from '../services/service-errors';
import { readSnapshot } from '../versions/read-snapshot';

/** The app that wrote a file, recorded in it for support questions. */
export interface AppInfo {
  name: string;
  version: string;
}

/**
 * The portable file of one map: the map, the personas it uses, every metric period with its
 * numbers, and its versions (oldest first), read in one transaction so the parts agree.
 *
 * @throws ApiError `not_found` for an unknown map.
 */
export function exportMapFile(db: Db, mapId: string, app: AppInfo): { fileName: string; text: string } {
  return db.transaction(() => {
    const snapshot = readSnapshot(db, mapId);
    if (!snapshot) throw notFound('map', mapId);
    const versions: MapFileVersion[] = listVersionsWithSnapshots(db, mapId).map((v) => ({
      id: v.id,
      name: v.name,
      note: v.note,
      createdAt: v.createdAt,
      snapshot: v.snapshot,
    }));
    const text = buildMapFile({ ...snapshot, versions, app, exportedAt: nowIso() });
    return { fileName: mapFileName(snapshot.map.name), text };
  })();
}
