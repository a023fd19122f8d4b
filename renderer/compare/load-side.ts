import type { MapSnapshot } from '../../shared/domain';
import { api } from '../api';
import type { SideRef } from './side-ref';

/** A loaded side: its document (map, personas, periods, metrics) and how to name it. */
export interface LoadedSide {
  ref: SideRef;
  snapshot: MapSnapshot;
  /** The map the side belongs to (a version's map, or the map itself). */
  mapId: string;
  /** The version's name, or null for a current map. */
  versionName: string | null;
  /** When the version was saved, or null for a current map. */
  savedAt: string | null;
}

/** Loads one side through the API; throws the ApiError (e.g. not_found) for a bad id. */
export async function loadSide(ref: SideRef): Promise<LoadedSide> {
  if (ref.kind === 'version') {
    const version = await api.call('versions.get', { id: ref.id });
    return {
      ref,
      snapshot: version.snapshot,
      mapId: version.mapId,
      versionName: version.name,
      savedAt: version.createdAt,
    };
  }
  const snapshot = await api.call('versions.current', { mapId: ref.id });
  return { ref, snapshot, mapId: ref.id, versionName: null, savedAt: null };
}
