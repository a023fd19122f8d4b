import { api } from '../../api';

const fetchMap = (id: string) => api.call('maps.get', { id });

/**
 * The map the app was opened on (a `#/map/<id>` address), asked for at start-up alongside the
 * settings and preferences rather than after the first render of the editor: one round trip fewer
 * before the map shows (the bench's open waterfall had maps.get start only once those three had
 * answered and the screen had rendered). Taken once: reopening or retrying reads the map afresh.
 */
let pending: { id: string; map: ReturnType<typeof fetchMap> } | null = null;

export function prefetchMap(id: string): void {
  const map = fetchMap(id);
  // The load that takes it reports a failure; one nobody takes must not be an unhandled rejection.
  map.catch(() => undefined);
  pending = { id, map };
}

/** The prefetched read of map `id`, once; null when there is none for that map. */
export function takePrefetchedMap(id: string): ReturnType<typeof fetchMap> | null {
  if (pending?.id !== id) return null;
  const { map } = pending;
  pending = null;
  return map;
}
