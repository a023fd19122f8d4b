import type { JourneyMap, MapSnapshot, Persona } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import {
  getFunnelValue,
  listBenchmarks,
  listPeriods,
  listStageMetrics,
} from '../repositories/metrics-repository';
import { getPersona } from '../repositories/persona-repository';
import { readMap } from '../services/map-reader';

/** The ids of the personas a map uses: its persona list and every persona card's persona. */
function personaIdsUsedBy(map: JourneyMap): string[] {
  const ids = new Set(map.personaIds);
  for (const card of map.cards) if (card.kind === 'persona' && card.personaId) ids.add(card.personaId);
  return [...ids];
}

/** The library personas a map uses, as they are now (a version freezes this copy). */
function readPersonasUsedBy(db: Db, map: JourneyMap): Persona[] {
  return personaIdsUsedBy(map).flatMap((id) => {
    const persona = getPersona(db, id);
    return persona ? [persona] : [];
  });
}

/**
 * Everything a version freezes, read in one transaction: the map, the personas it uses, and all its
 * metric periods with their stage metrics. Undefined when there is no such map.
 */
export function readSnapshot(db: Db, mapId: string): MapSnapshot | undefined {
  return db.transaction(() => {
    const map = readMap(db, mapId);
    if (!map) return undefined;
    const benchmarks = listBenchmarks(db, mapId);
    const funnelValue = getFunnelValue(db, mapId);
    return {
      map,
      personas: readPersonasUsedBy(db, map),
      periods: listPeriods(db, mapId),
      metrics: listStageMetrics(db, mapId),
      // Only when set, so a map without them freezes the same snapshot as before migration 0060.
      ...(benchmarks.length > 0 ? { benchmarks } : {}),
      ...(funnelValue ? { funnelValue } : {}),
    };
  })();
}
