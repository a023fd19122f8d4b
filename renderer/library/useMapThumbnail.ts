import { useEffect, useState } from 'react';
import type { MapSummary } from '../../shared/domain';
import { api } from '../api';

// Pictures already fetched, by map and change: going back to the library draws them at once.
const drawn = new Map<string, string | null>();
const keyOf = (map: Pick<MapSummary, 'id' | 'updatedAt'>) => `${map.id}@${map.updatedAt}`;

/**
 * The library picture of a map (its stages, lanes and cards by kind colour, drawn by the backend
 * like a version's), fetched again only when the map changed. Undefined while loading, null when
 * there is none (too large, or the request failed).
 */
export function useMapThumbnail(map: Pick<MapSummary, 'id' | 'updatedAt'>): string | null | undefined {
  const key = keyOf(map);
  // Bumped when a fetched picture lands in the cache, so the row draws it.
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (drawn.has(key)) return;
    let live = true;
    api
      .call('maps.thumbnail', { id: map.id })
      .then(
        ({ thumbnail }) => drawn.set(key, thumbnail),
        () => drawn.set(key, null),
      )
      .finally(() => {
        if (live) setArrived((n) => n + 1);
      });
    return () => {
      live = false;
    };
  }, [key, map.id]);
  return drawn.has(key) ? (drawn.get(key) ?? null) : undefined;
}
