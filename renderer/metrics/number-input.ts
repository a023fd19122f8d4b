/** What a typed number turned into: a value (null for an empty field) or a refusal. */
export type NumberReading = { ok: true; value: number | null } | { ok: false };

/**
 * A typed customer count: empty means "unknown" (null); otherwise only a whole number >= 0 is
 * accepted, so "12.5", "-3" and "abc" are refused rather than rounded or guessed. Spaces and the
 * grouping commas people paste from reports ("12,345") are allowed.
 */
export function readCountInput(text: string): NumberReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const plain = /^\d{1,3}(,\d{3})+$/.test(trimmed) ? trimmed.replaceAll(',', '') : trimmed;
  if (!/^\d+$/.test(plain)) return { ok: false };
  const value = Number(plain);
  return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false };
}

/** A typed percentage or number of days: empty is null; otherwise a finite number >= 0. */
export function readNonNegativeInput(text: string, max = 100_000): NumberReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(trimmed)) return { ok: false };
  const value = Number(trimmed);
  return Number.isFinite(value) && value <= max ? { ok: true, value } : { ok: false };
}
