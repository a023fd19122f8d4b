import type { Persona } from '../../../shared/domain';
import type { MapContent } from '../../../shared/document/remap-map';
import type { Db } from '../db/open-database';
import { upsertCard } from '../repositories/card-repository';
import { upsertConnection } from '../repositories/connection-repository';
import { upsertLane } from '../repositories/lane-repository';
import { deleteMapDocument, insertMap, setMapPersonaIds, updateMap } from '../repositories/map-repository';
import {
  deleteMapFunnelSettings,
  deleteMapPeriods,
  insertPeriod,
  setFunnelValue,
  upsertBenchmark,
  upsertStageMetric,
} from '../repositories/metrics-repository';
import { insertPersona, personaExists } from '../repositories/persona-repository';
import { upsertStage } from '../repositories/stage-repository';

/** Where the content goes: a map that does not exist yet, or over an existing map's content. */
export type MapContentTarget = { kind: 'new' } | { kind: 'replace'; updatedAt: string };

/**
 * The one write of a whole map's content, for create-from-template, duplicate, import, restore and
 * "duplicate as map": the map's fields and persona list, stages and lanes in their order, cards,
 * connections, metric periods and the stage metrics of those periods and stages, the funnel's
 * benchmarks and order value. The caller runs it
 * inside a transaction, so a failure leaves the library untouched.
 *
 * - `new`: inserts map `content.map.id` with the content's creation and change times; every id must
 *   be new to the library, which the primary keys enforce.
 * - `replace`: map `content.map.id` ends up holding exactly the content, keeping its creation time and
 *   versions. Everything it had is deleted first (periods first: their stage metrics cascade, kept
 *   ones of deleted stages too), so ids the content shares with the current map are written again.
 *
 * `personas` (a snapshot's frozen ones) are put back where they were deleted from the library since,
 * so the persona cards and list can point at them; existing ones are shared by other maps and keep
 * their current content.
 */
export function writeMapContent(
  db: Db,
  content: MapContent & { personas?: readonly Persona[] },
  target: MapContentTarget,
): void {
  const { map } = content;
  if (target.kind === 'new') {
    insertMap(db, map);
  } else {
    deleteMapPeriods(db, map.id);
    deleteMapFunnelSettings(db, map.id);
    deleteMapDocument(db, map.id);
    updateMap(db, map.id, {
      name: map.name,
      description: map.description,
      language: map.language,
      updatedAt: target.updatedAt,
    });
  }
  for (const persona of content.personas ?? []) {
    if (!personaExists(db, persona.id)) insertPersona(db, persona);
  }
  setMapPersonaIds(db, map.id, map.personaIds);
  map.stages.forEach((stage, position) => upsertStage(db, map.id, stage, position));
  map.lanes.forEach((lane, position) => upsertLane(db, map.id, lane, position));
  for (const card of map.cards) upsertCard(db, map.id, card);
  for (const connection of map.connections) upsertConnection(db, map.id, connection);

  for (const period of content.periods) insertPeriod(db, { ...period, mapId: map.id });
  // Numbers only for the periods and stages written here, as every reader shows them.
  const periods = new Set(content.periods.map((p) => p.id));
  const stages = new Set(map.stages.map((s) => s.id));
  for (const metric of content.metrics) {
    if (periods.has(metric.periodId) && stages.has(metric.stageId)) upsertStageMetric(db, metric);
  }
  for (const benchmark of content.benchmarks ?? []) {
    if (stages.has(benchmark.stageId)) upsertBenchmark(db, map.id, benchmark);
  }
  if (content.funnelValue) setFunnelValue(db, map.id, content.funnelValue);
}
