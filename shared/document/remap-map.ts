import { copyOrigin, type Card, type Connection, type JourneyMap } from '../domain/journey-map';
import type { FunnelValue, MetricPeriod, StageBenchmark, StageMetric } from '../domain/metrics';
import type { MapSnapshot } from '../domain/version';
import { IdTable } from './id-table';

/**
 * Everything one map holds that is written as a whole: the document, its metric periods and their
 * stage metrics. A snapshot is this plus the personas it froze.
 */
export interface MapContent {
  map: JourneyMap;
  periods: MetricPeriod[];
  metrics: StageMetric[];
  /** Benchmark ranges per stage and the order value; absent where a source has none (older files). */
  benchmarks?: StageBenchmark[];
  funnelValue?: FunnelValue | null;
}

/** What {@link remapContent} reads: a content whose periods may omit their map. */
type ContentIn = {
  map: JourneyMap;
  periods: readonly PeriodOfContent[];
  metrics: readonly StageMetric[];
  benchmarks?: readonly StageBenchmark[] | undefined;
  funnelValue?: FunnelValue | null | undefined;
};

/** How a map's ids and references are translated (a duplicate, an import, a version made a map). */
export interface MapRemap {
  /** New ids of the map, stages, lanes, cards, connections and periods, made on first use. */
  items: IdTable;
  /** A persona id -> the library persona id it becomes; null drops the reference. */
  persona: (id: string) => string | null;
}

/** Identity for personas: library records shared by every map, as a duplicate keeps them. */
export const samePersona = (id: string): string => id;

export interface RemappedMap {
  map: JourneyMap;
  /** Connections left out because a card they join is not in the map. */
  droppedConnections: number;
}

/**
 * The map with a new id for itself and every stage, lane, card and connection (from `remap.items`),
 * every reference pointing at the new ids, and persona references translated (those that become
 * null are removed). Each copied row keeps its lineage in `originId` (`copyOrigin`: the first
 * original of a chain), so comparing the copy with the original pairs the rows up.
 *
 * References are decided here, once: a card's stage or lane that is not in the map becomes null (the
 * card is free), and a connection to a card that is not in the map is dropped and counted.
 */
export function remapMap(map: JourneyMap, remap: MapRemap, mapId?: string): RemappedMap {
  const { items } = remap;
  // Own rows first, so a reference resolves only to a row of this very map.
  const stages = map.stages.map((s) => ({ ...s, id: items.get(s.id), originId: copyOrigin(s) }));
  const lanes = map.lanes.map((l) => ({ ...l, id: items.get(l.id), originId: copyOrigin(l) }));
  const stageIds = new Map(map.stages.map((s, i) => [s.id, stages[i]!.id]));
  const laneIds = new Map(map.lanes.map((l, i) => [l.id, lanes[i]!.id]));
  const cardIds = new Map(map.cards.map((c) => [c.id, items.get(c.id)]));
  const within = (ids: Map<string, string>, old: string | null): string | null =>
    old === null ? null : (ids.get(old) ?? null);

  const cards = map.cards.map((card): Card => {
    const moved = {
      ...card,
      id: cardIds.get(card.id)!,
      originId: copyOrigin(card),
      stageId: within(stageIds, card.stageId),
      laneId: within(laneIds, card.laneId),
      tags: [...card.tags],
    };
    if (moved.kind === 'persona' && moved.personaId !== null)
      moved.personaId = remap.persona(moved.personaId);
    return moved;
  });
  const connections = map.connections.flatMap((c): Connection[] => {
    const sourceId = cardIds.get(c.sourceId);
    const targetId = cardIds.get(c.targetId);
    return sourceId && targetId
      ? [{ ...c, id: items.get(c.id), originId: copyOrigin(c), sourceId, targetId }]
      : [];
  });
  const personaIds = map.personaIds.flatMap((id) => {
    const to = remap.persona(id);
    return to === null ? [] : [to];
  });

  return {
    map: {
      ...map,
      id: mapId ?? items.get(map.id),
      personaIds: [...new Set(personaIds)],
      stages,
      lanes,
      cards,
      connections,
    },
    droppedConnections: map.connections.length - connections.length,
  };
}

/** A period as a map file carries it: the map it belongs to is implied. */
export type PeriodOfContent = Omit<MetricPeriod, 'mapId'> & { mapId?: string };

/**
 * The whole content translated with one id table: the map (see {@link remapMap}), its periods with
 * new ids under the new map, and the stage metrics of those periods and the map's stages (metrics of
 * any other period or stage are left out, as every reader of the library leaves them out). `mapId`
 * names the new map when it is already known (a version of an imported map belongs to that map).
 */
export function remapContent(
  content: ContentIn,
  remap: MapRemap,
  mapId?: string,
): MapContent & { droppedConnections: number } {
  const { map, droppedConnections } = remapMap(content.map, remap, mapId);
  const periods = content.periods.map((p) => ({ ...p, id: remap.items.get(p.id), mapId: map.id }));
  const periodIds = new Map(content.periods.map((p, i) => [p.id, periods[i]!.id]));
  const stageIds = new Map(content.map.stages.map((s, i) => [s.id, map.stages[i]!.id]));
  const metrics = content.metrics.flatMap((m): StageMetric[] => {
    const periodId = periodIds.get(m.periodId);
    const stageId = stageIds.get(m.stageId);
    return periodId && stageId ? [{ ...m, periodId, stageId }] : [];
  });
  const benchmarks = (content.benchmarks ?? []).flatMap((b): StageBenchmark[] => {
    const stageId = stageIds.get(b.stageId);
    return stageId ? [{ ...b, stageId }] : [];
  });
  const funnel = {
    ...(benchmarks.length > 0 ? { benchmarks } : {}),
    ...(content.funnelValue ? { funnelValue: { ...content.funnelValue } } : {}),
  };
  return { map, periods, metrics, ...funnel, droppedConnections };
}

/**
 * A copy of a map's content as a new map named `name`, made `now`: new ids for everything (ids are
 * unique per table across the whole library), lineage kept, the same library personas. What
 * "duplicate" and "duplicate a version as a map" write.
 */
export function copyMapContent(
  content: ContentIn,
  copy: { name: string; now: string; makeId?: () => string },
): MapContent & { droppedConnections: number } {
  const copied = remapContent(content, { items: new IdTable(copy.makeId), persona: samePersona });
  return { ...copied, map: { ...copied.map, name: copy.name, createdAt: copy.now, updatedAt: copy.now } };
}

/**
 * A version's snapshot translated like its map, so restoring it over the new map touches the new
 * rows and never another map's. Frozen personas keep their content; their ids follow `remap.persona`
 * where it translates them and stay as they are otherwise.
 */
export function remapSnapshot(snapshot: MapSnapshot, remap: MapRemap, mapId?: string): MapSnapshot {
  const personaOrSelf = (id: string): string => remap.persona(id) ?? id;
  const { map, periods, metrics, benchmarks, funnelValue } = remapContent(
    snapshot,
    { items: remap.items, persona: personaOrSelf },
    mapId,
  );
  return {
    map,
    personas: snapshot.personas.map((p) => ({ ...p, id: personaOrSelf(p.id) })),
    periods,
    metrics,
    ...(benchmarks ? { benchmarks } : {}),
    ...(funnelValue ? { funnelValue } : {}),
  };
}
