import type { JourneyMap } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { listCards } from '../repositories/card-repository';
import { listConnections } from '../repositories/connection-repository';
import { listLanes } from '../repositories/lane-repository';
import { getMapInfo, listMapPersonaIds } from '../repositories/map-repository';
import { listStages } from '../repositories/stage-repository';

/** A whole map with stages and lanes in display order, or undefined when there is no such map. */
export function readMap(db: Db, id: string): JourneyMap | undefined {
  // One read transaction so the parts are from the same moment even with another writer around.
  return db.transaction(() => {
    const info = getMapInfo(db, id);
    if (!info) return undefined;
    // Field order as the map file and snapshots have always written it.
    return {
      id: info.id,
      name: info.name,
      description: info.description,
      language: info.language,
      personaIds: listMapPersonaIds(db, id),
      stages: listStages(db, id),
      lanes: listLanes(db, id),
      cards: listCards(db, id),
      connections: listConnections(db, id),
      createdAt: info.createdAt,
      updatedAt: info.updatedAt,
    };
  })();
}
