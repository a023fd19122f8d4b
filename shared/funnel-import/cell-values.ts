import type { ErrorParams, ErrorReason } from '../api/error-reasons';

/**
 * The result of reading one cell: a value, or why the cell cannot be read: `problem` in English (for
 * the message and logs), `reason` and `params` (the cell's text as `value`, a limit) for the UI.
 */
export type CellReading<T> =
  { ok: true; value: T } | { ok: false; problem: string; reason: ErrorReason; params: ErrorParams };

const MISSING_MARKERS = new Set(['', '-', '–', '—', 'n/a', 'na', '(not set)', 'null', '/']);

/** How much of a bad cell an error message repeats. */
const MAX_ECHO = 40;

/**
 * A cell's text for an error message: quoted, without control characters (a stray byte of binary
 * data must never reach the screen) and cut short when long.
 */
function echoCell(raw: string): string {
  const text = raw.replace(/[\p{Cc}\ufffd]+/gu, ' ').trim();
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;
}

/** A failed reading: `english` follows the quoted cell ("\"12,3x5\" is not a number"). */
function unreadableCell(
  raw: string,
  reason: ErrorReason,
  english: string,
  params: ErrorParams = {},
): { ok: false; problem: string; reason: ErrorReason; params: ErrorParams } {
  const value = echoCell(raw);
  return { ok: false, problem: `"${value}" ${english}`, reason, params: { value, ...params } };
}

/** Full-width digits and signs become ASCII; spaces of every kind become plain spaces. */
function normalizeCell(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

/**
 * Reads a count of customers: a whole number of 0 or more, written with or without thousands
 * separators (`12,345`, `12.345`, `12 345`, `12'345`) or as Excel writes big numbers (`1.2E+04`).
 * An empty cell or a dash is a missing count (null).
 */
export function readCountCell(raw: string): CellReading<number | null> {
  const text = normalizeCell(raw);
  if (MISSING_MARKERS.has(text.toLowerCase())) return { ok: true, value: null };
  if (text.endsWith('%'))
    return unreadableCell(raw, 'funnel_cell_percentage', 'is a percentage, not a count');
  let value: number;
  if (/^\d+$/.test(text)) value = Number(text);
  else if (/^\d{1,3}(?:([,. '’])\d{3})(?:\1\d{3})*$/.test(text)) value = Number(text.replace(/\D/g, ''));
  else if (/^\d+[.,]0+$/.test(text)) value = Number(text.replace(/[.,]0+$/, ''));
  else if (/^\d+(?:\.\d+)?e\+?\d+$/i.test(text)) value = Number(text);
  else if (/^-\s*[\d.,]+$/.test(text))
    return unreadableCell(raw, 'funnel_cell_negative_count', 'is negative; a count must be 0 or more');
  else if (/^\d+[.,]\d+$/.test(text))
    return unreadableCell(raw, 'funnel_cell_not_whole', 'is not a whole number of customers');
  else return unreadableCell(raw, 'funnel_cell_not_number', 'is not a number');
  if (!Number.isSafeInteger(value))
    return unreadableCell(raw, 'funnel_cell_not_whole', 'is not a whole number of customers');
  return { ok: true, value };
}

/**
 * Reads a number of 0 or more that may have decimals: a target conversion in percent (`70`, `66.7`,
 * `66.7%`) or a number of days (`3.5`). Decimals use a point, as the app's own CSV export writes
 * them. An empty cell or a dash is a missing value (null).
 *
 * @param max - The largest value the app stores.
 */
export function readDecimalCell(raw: string, max: number): CellReading<number | null> {
  const text = normalizeCell(raw).replace(/\s*%$/, '');
  if (MISSING_MARKERS.has(text.toLowerCase())) return { ok: true, value: null };
  if (/^-\s*[\d.,]+$/.test(text))
    return unreadableCell(raw, 'funnel_cell_negative', 'is negative; it must be 0 or more');
  if (!/^\d+(?:\.\d+)?$/.test(text))
    return unreadableCell(raw, 'funnel_cell_not_decimal', 'is not a number like 12.5');
  const value = Number(text);
  if (value > max) return unreadableCell(raw, 'funnel_cell_above_max', `is larger than ${max}`, { max });
  return { ok: true, value };
}

/**
 * A text cell without the `'` the app's CSV export puts before a leading `=`, `+`, `-` or `@` (so a
 * spreadsheet never runs it as a formula): `'-5% discount` reads back as `-5% discount`.
 */
export function unguardFormula(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date as GA4 (`20240131`), spreadsheets (`2024-01-31`, `2024/1/31`, `2024.01.31`, with or
 * without a time) or Chinese (`2024年1月31日`) write it.
 *
 * @returns The ISO date (`YYYY-MM-DD`), or a problem for anything else, including impossible dates.
 */
export function readDateCell(raw: string): CellReading<string> {
  const text = normalizeCell(raw);
  const match =
    /^(\d{4})(\d{2})(\d{2})$/.exec(text) ??
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(text) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(text);
  const iso = match === null ? null : isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return iso === null
    ? unreadableCell(raw, 'funnel_cell_not_date', 'is not a date like 2024-01-31')
    : { ok: true, value: iso };
}
