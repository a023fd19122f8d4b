import type { JourneyMap } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { upsertCard } from '../repositories/card-repository';
import { upsertConnection } from '../repositories/connection-repository';
import { upsertLane } from '../repositories/lane-repository';
import { insertMapRow, setMapPersonaIds } from '../repositories/map-repository';
import { upsertStage } from '../repositories/stage-repository';

/**
 * Inserts a complete new map (from a template, a duplicate, later an import). The caller runs it
 * inside a transaction; ids must be new to the library, which the primary keys enforce.
 */
export function insertWholeMap(db: Db, map: JourneyMap): void {
  insertMapRow(db, {
    id: map.id,
    name: map.name,
    description: map.description,
    language: map.language,
    created_at: map.createdAt,
    updated_at: map.updatedAt,
  });
  setMapPersonaIds(db, map.id, map.personaIds);
  map.stages.forEach((stage, position) => upsertStage(db, map.id, stage, position));
  map.lanes.forEach((lane, position) => upsertLane(db, map.id, lane, position));
  for (const card of map.cards) upsertCard(db, map.id, card);
  for (const connection of map.connections) upsertConnection(db, map.id, connection);
}
