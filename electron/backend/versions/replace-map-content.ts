import type { MapSnapshot } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';
import { upsertCard } from '../repositories/card-repository';
import { upsertConnection } from '../repositories/connection-repository';
import { upsertLane } from '../repositories/lane-repository';
import { setMapPersonaIds, updateMapRow } from '../repositories/map-repository';
import { upsertStage } from '../repositories/stage-repository';
import { insertSnapshotMetrics } from './snapshot-io';
import { recreateMissingPersonas } from './snapshot-personas';

/**
 * Makes map `mapId` hold exactly the snapshot's content (name, description, language, personas,
 * stages, lanes, cards, connections, metric periods and stage metrics), keeping the map's id and
 * creation time. The caller runs it inside a transaction so a failure leaves the map untouched.
 *
 * Everything of the map is deleted first and the snapshot written after, so ids the snapshot shares
 * with the current map are simply written again.
 */
export function replaceMapContent(db: Db, mapId: string, snapshot: MapSnapshot, updatedAt: string): void {
  const { map } = snapshot;
  // Periods first (their stage metrics cascade, kept ones of deleted stages too), then the document
  // from the leaves up.
  statement(db, 'DELETE FROM metric_periods WHERE map_id = ?').run(mapId);
  statement(db, 'DELETE FROM connections WHERE map_id = ?').run(mapId);
  statement(db, 'DELETE FROM cards WHERE map_id = ?').run(mapId);
  statement(db, 'DELETE FROM stages WHERE map_id = ?').run(mapId);
  statement(db, 'DELETE FROM lanes WHERE map_id = ?').run(mapId);

  recreateMissingPersonas(db, snapshot.personas);
  updateMapRow(db, mapId, {
    name: map.name,
    description: map.description,
    language: map.language,
    updatedAt,
  });
  setMapPersonaIds(db, mapId, map.personaIds);
  map.stages.forEach((stage, position) => upsertStage(db, mapId, stage, position));
  map.lanes.forEach((lane, position) => upsertLane(db, mapId, lane, position));
  for (const card of map.cards) upsertCard(db, mapId, card);
  for (const connection of map.connections) upsertConnection(db, mapId, connection);
  insertSnapshotMetrics(db, mapId, snapshot);
}
