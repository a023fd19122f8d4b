import { copyOrigin, newId, type Card, type JourneyMap, type Language } from '../../../shared/domain';

/** The name of a copy: "Plan (copy)" or "计划（副本）", cut so it stays within the name limit. */
export function copyName(name: string, language: Language, maxLength = 200): string {
  const suffix = language === 'zh-CN' ? '（副本）' : ' (copy)';
  return name.slice(0, maxLength - suffix.length) + suffix;
}

/**
 * A deep copy of `map` with a new id for the map and for every stage, lane, card and connection, and
 * every reference (card -> stage/lane, connection -> cards) pointing at the new ids. Ids are unique
 * per table across the whole library, so a copy can never reuse them. Personas are shared library
 * records and keep their ids. Each copied row keeps its lineage in `originId` (see `copyOrigin`), so
 * comparing the copy with the original pairs the rows up.
 *
 * @returns the copy and the old-to-new id map (metrics of the stages are copied with it).
 */
export function copyMapWithNewIds(
  map: JourneyMap,
  name: string,
  now: string,
  makeId: () => string = newId,
): { map: JourneyMap; ids: Map<string, string> } {
  const ids = new Map<string, string>();
  const fresh = (old: string): string => {
    const id = makeId();
    ids.set(old, id);
    return id;
  };
  const mapped = (old: string | null): string | null => (old === null ? null : (ids.get(old) ?? null));

  const stages = map.stages.map((s) => ({ ...s, id: fresh(s.id), originId: copyOrigin(s) }));
  const lanes = map.lanes.map((l) => ({ ...l, id: fresh(l.id), originId: copyOrigin(l) }));
  const cards = map.cards.map((c): Card => ({
    ...c,
    id: fresh(c.id),
    originId: copyOrigin(c),
    stageId: mapped(c.stageId),
    laneId: mapped(c.laneId),
    tags: [...c.tags],
  }));
  const connections = map.connections.flatMap((c) => {
    const sourceId = ids.get(c.sourceId);
    const targetId = ids.get(c.targetId);
    return sourceId && targetId
      ? [{ ...c, id: fresh(c.id), originId: copyOrigin(c), sourceId, targetId }]
      : [];
  });

  return {
    map: {
      ...map,
      id: makeId(),
      name,
      personaIds: [...map.personaIds],
      stages,
      lanes,
      cards,
      connections,
      createdAt: now,
      updatedAt: now,
    },
    ids,
  };
}
