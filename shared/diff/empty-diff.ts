import { DIFF_COLLECTIONS, type MapDiff } from './types';

/** True when the diff changes nothing: applying it returns an equal document. */
export function isEmptyDiff(diff: MapDiff): boolean {
  if (diff.map.length > 0 || diff.stages.order !== null || diff.lanes.order !== null) return false;
  return DIFF_COLLECTIONS.every((name) => {
    const c = diff[name];
    return c.added.length === 0 && c.removed.length === 0 && c.changed.length === 0;
  });
}

/** A diff with no changes. */
export function emptyDiff(): MapDiff {
  const empty = () => ({ added: [], removed: [], changed: [] });
  return {
    map: [],
    stages: { ...empty(), order: null },
    lanes: { ...empty(), order: null },
    cards: empty(),
    connections: empty(),
    periods: empty(),
    metrics: empty(),
  };
}
