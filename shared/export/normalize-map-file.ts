/**
 * A map file with its ids and times replaced by stand-ins, so two exports of "the same" map (before
 * and after an import, which gives everything new ids and times) can be compared as data.
 *
 * Ids (`id`, `...Id`, `...Ids`) become `id1`, `id2`, ... in order of first appearance, so references
 * stay consistent; timestamps (`...At`) become `<time>`; `exportedAt` and `app` are dropped.
 */
export function normalizeMapFile(file: unknown): unknown {
  const ids = new Map<string, string>();
  const stand = (id: string): string => {
    let s = ids.get(id);
    if (s === undefined) {
      s = `id${ids.size + 1}`;
      ids.set(id, s);
    }
    return s;
  };
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) {
      if (/Ids$/.test(key)) return value.map((v) => (typeof v === 'string' ? stand(v) : v));
      return value.map((v) => walk(v, ''));
    }
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (key === '' && (k === 'exportedAt' || k === 'app') && 'format' in value) continue;
        out[k] = walk(v, k);
      }
      return out;
    }
    if (typeof value === 'string') {
      if (key === 'id' || /Id$/.test(key)) return stand(value);
      if (/At$/.test(key)) return '<time>';
    }
    return value;
  };
  return walk(file, '');
}
