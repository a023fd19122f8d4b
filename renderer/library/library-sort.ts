import type { Language, MapSummary } from '../../shared/domain';

/** How the library lists its maps: the last changed first, or by name. */
export type LibrarySort = 'updated' | 'name';
export const LIBRARY_SORTS: readonly LibrarySort[] = ['updated', 'name'];

/**
 * The maps in the chosen order (a new array). Names are compared the way the UI language sorts
 * them (Chinese by pinyin, numbers by value: "Map 2" before "Map 10"); ties keep the newer first.
 */
export function sortMaps(maps: readonly MapSummary[], sort: LibrarySort, language: Language): MapSummary[] {
  const newerFirst = (a: MapSummary, b: MapSummary) =>
    a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
  if (sort === 'updated') return [...maps].sort(newerFirst);
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  return [...maps].sort((a, b) => collator.compare(a.name, b.name) || newerFirst(a, b));
}
