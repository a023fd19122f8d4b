/**
 * Structural equality for the plain JSON-like values rows hold: primitives, arrays (element-wise, in
 * order) and plain objects (same own keys, equal values). Cost is linear in the size of the values;
 * rows are small, so comparing a row costs a constant.
 *
 * `undefined` fields and missing fields are treated alike, as JSON and the database do.
 */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // NaN never reaches a row (zod refuses it), so no special case for it.
    return false;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!valuesEqual(a[i], b[i])) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const key of Object.keys(ra)) if (!valuesEqual(ra[key], rb[key])) return false;
  for (const key of Object.keys(rb)) if (!(key in ra) && rb[key] !== undefined) return false;
  return true;
}
