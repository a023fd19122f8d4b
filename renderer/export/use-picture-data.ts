import { useEffect, useState } from 'react';
import type { JourneyMap, Persona } from '../../shared/domain';
import type { MapMetrics } from '../../shared/api';
import { api } from '../api';
import { stageFigures, type PictureData } from './picture-data';

/**
 * The personas and funnel figures the picture shows next to the map. Either may be missing (a
 * library without numbers): the picture then simply has no figures, never an error.
 */
export async function loadPictureExtras(
  map: JourneyMap,
  language: string,
): Promise<Omit<PictureData, 'map'>> {
  const [personas, metrics] = await Promise.all([
    api.call('personas.list', {}).then(
      (list): Persona[] => list.filter((p) => map.personaIds.includes(p.id) || usesPersona(map, p.id)),
      (): Persona[] => [],
    ),
    api.call('metrics.listPeriods', { mapId: map.id }).then(
      (m): MapMetrics | null => m,
      () => null,
    ),
  ]);
  const ordered = [
    ...map.personaIds.flatMap((id) => personas.filter((p) => p.id === id)),
    ...personas.filter((p) => !map.personaIds.includes(p.id)),
  ];
  return { personas: ordered, ...stageFigures(map, metrics, language) };
}

const usesPersona = (map: JourneyMap, id: string): boolean =>
  map.cards.some((c) => c.kind === 'persona' && c.personaId === id);

/** {@link loadPictureExtras} as a hook; the map alone until they arrive. */
export function usePictureData(map: JourneyMap, language: string): PictureData {
  const [extras, setExtras] = useState<Omit<PictureData, 'map'> | null>(null);
  useEffect(() => {
    let live = true;
    void loadPictureExtras(map, language).then((e) => {
      if (live) setExtras(e);
    });
    return () => {
      live = false;
    };
  }, [map, language]);
  return {
    map,
    personas: extras?.personas ?? [],
    periodName: extras?.periodName ?? null,
    figures: extras?.figures ?? new Map(),
  };
}
