import type { JourneyMap } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { listCards } from '../repositories/card-repository';
import { listConnections } from '../repositories/connection-repository';
import { listLanes } from '../repositories/lane-repository';
import { getMapRow, listMapPersonaIds } from '../repositories/map-repository';
import { listStages } from '../repositories/stage-repository';

/** A whole map with stages and lanes in display order, or undefined when there is no such map. */
export function readMap(db: Db, id: string): JourneyMap | undefined {
  // One read transaction so the parts are from the same moment even with another writer around.
  return db.transaction(() => {
    const row = getMapRow(db, id);
    if (!row) return undefined;
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      language: row.language,
      personaIds: listMapPersonaIds(db, id),
      stages: listStages(db, id),
      lanes: listLanes(db, id),
      cards: listCards(db, id),
      connections: listConnections(db, id),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  })();
}
