import { copyOrigin } from '../../../shared/domain';
import type { Card, JourneyMap, MapSnapshot, MetricPeriod, StageMetric } from '../../../shared/domain';
import type { IdTable } from './id-table';

/** How an imported map's references are translated. */
export interface MapRemap {
  /** Ids of the map, stages, lanes, cards, connections and periods. */
  items: IdTable;
  /** A file persona id -> the library persona id it became; null drops the reference. */
  persona: (id: string) => string | null;
}

/**
 * The map with every id and reference translated; persona references that resolve to null are
 * dropped. Stages, lanes, cards and connections keep their lineage to the file's rows (`originId`,
 * see `copyOrigin`), so the imported map compares with the map it was exported from.
 */
export function remapMap(map: JourneyMap, remap: MapRemap): JourneyMap {
  const { items } = remap;
  const personaIds = map.personaIds.flatMap((id) => {
    const to = remap.persona(id);
    return to === null ? [] : [to];
  });
  const cards = map.cards.map((card): Card => {
    const moved = {
      ...card,
      id: items.get(card.id),
      originId: copyOrigin(card),
      stageId: card.stageId === null ? null : items.get(card.stageId),
      laneId: card.laneId === null ? null : items.get(card.laneId),
      tags: [...card.tags],
    };
    if (moved.kind === 'persona' && moved.personaId !== null)
      moved.personaId = remap.persona(moved.personaId);
    return moved;
  });
  return {
    ...map,
    id: items.get(map.id),
    personaIds: [...new Set(personaIds)],
    stages: map.stages.map((s) => ({ ...s, id: items.get(s.id), originId: copyOrigin(s) })),
    lanes: map.lanes.map((l) => ({ ...l, id: items.get(l.id), originId: copyOrigin(l) })),
    cards,
    connections: map.connections.map((c) => ({
      ...c,
      id: items.get(c.id),
      originId: copyOrigin(c),
      sourceId: items.get(c.sourceId),
      targetId: items.get(c.targetId),
    })),
  };
}

/** Periods moved to map `mapId` with new ids. */
export function remapPeriods(
  periods: readonly (Omit<MetricPeriod, 'mapId'> & { mapId?: string })[],
  mapId: string,
  items: IdTable,
): MetricPeriod[] {
  return periods.map((p) => ({ ...p, id: items.get(p.id), mapId }));
}

/** Stage metrics with their period and stage ids translated. */
export function remapMetrics(metrics: readonly StageMetric[], items: IdTable): StageMetric[] {
  return metrics.map((m) => ({ ...m, periodId: items.get(m.periodId), stageId: items.get(m.stageId) }));
}

/**
 * A version's snapshot with the same translation as the map, so restoring it over the imported map
 * touches the imported rows and never another map's. Frozen personas keep their content; their ids
 * follow the import's persona translation where it has one.
 */
export function remapSnapshot(snapshot: MapSnapshot, remap: MapRemap, mapId: string): MapSnapshot {
  const personaOrSelf = (id: string): string => remap.persona(id) ?? id;
  const map = remapMap(snapshot.map, { items: remap.items, persona: personaOrSelf });
  return {
    map: { ...map, id: mapId },
    personas: snapshot.personas.map((p) => ({ ...p, id: personaOrSelf(p.id) })),
    periods: remapPeriods(snapshot.periods, mapId, remap.items),
    metrics: remapMetrics(snapshot.metrics, remap.items),
  };
}
