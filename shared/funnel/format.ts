/** What every funnel figure shows when it cannot be computed: never NaN, never Infinity. */
export const MISSING_FIGURE = '—';

// Building an Intl.NumberFormat costs tens of microseconds; a funnel band with numbers formats about
// forty figures per render, with a handful of distinct options. One formatter per language and
// options serves them all.
const formatters = new Map<string, Intl.NumberFormat>();

/** `new Intl.NumberFormat(language, options)`, built once per language and options and then reused. */
export function numberFormat(language: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${language}\u0000${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    // Throws (an unknown language tag or currency) before anything is kept.
    format = new Intl.NumberFormat(language, options);
    formatters.set(key, format);
  }
  return format;
}

/** Options for {@link formatPercent}. */
export interface PercentFormatOptions {
  /** Digits after the decimal point (default 1). */
  fractionDigits?: number;
  /** Show "+" for positive values, as for a change (default false). */
  signed?: boolean;
}

/**
 * A percentage for people, in their language: `formatPercent(60, 'en')` is "60.0%".
 *
 * @param value - The value in percent (60 means 60%).
 * @param language - A BCP 47 language tag, e.g. `en` or `zh-CN`.
 * @returns The formatted value, or {@link MISSING_FIGURE} for null or a non-finite number.
 */
export function formatPercent(
  value: number | null | undefined,
  language: string,
  options: PercentFormatOptions = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_FIGURE;
  const digits = options.fractionDigits ?? 1;
  return numberFormat(language, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: options.signed === true ? 'exceptZero' : 'auto',
  }).format(value / 100);
}

/**
 * An amount of money for people, in their language and the map's currency:
 * `formatMoney(12000, 'CNY', 'zh-CN')` is "¥12,000".
 *
 * @param value - The amount (projected amounts may be fractional; they are rounded to whole units).
 * @param currency - An ISO 4217 code; without one the amount is shown as a plain number.
 * @returns The formatted amount, or {@link MISSING_FIGURE} for null or a non-finite number.
 */
export function formatMoney(
  value: number | null | undefined,
  currency: string | null,
  language: string,
  options: { signed?: boolean } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_FIGURE;
  const signDisplay = options.signed === true ? 'exceptZero' : 'auto';
  if (currency === null)
    return numberFormat(language, { maximumFractionDigits: 0, signDisplay }).format(value);
  return numberFormat(language, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
    signDisplay,
  }).format(value);
}

/**
 * A p-value for people: three decimals, "< 0.001" below that.
 *
 * @returns The text, or {@link MISSING_FIGURE} for null.
 */
export function formatPValue(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_FIGURE;
  const three = numberFormat(language, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  return value < 0.001 ? `< ${three.format(0.001)}` : three.format(value);
}

/**
 * A count of customers for people, rounded to a whole number with the language's grouping:
 * `formatCount(12345, 'en')` is "12,345".
 *
 * @param value - The count (projected counts may be fractional; they are rounded).
 * @param language - A BCP 47 language tag, e.g. `en` or `zh-CN`.
 * @param options - `signed: true` shows "+" for positive values, as for a change.
 * @returns The formatted count, or {@link MISSING_FIGURE} for null or a non-finite number.
 */
export function formatCount(
  value: number | null | undefined,
  language: string,
  options: { signed?: boolean } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_FIGURE;
  return numberFormat(language, {
    maximumFractionDigits: 0,
    signDisplay: options.signed === true ? 'exceptZero' : 'auto',
  }).format(value);
}
