import { usableCount } from './numbers';

/**
 * Conversion from one stage to the next, in percent: `next / current x 100`.
 *
 * @param current - Customers who entered the stage.
 * @param next - Customers who entered the next stage.
 * @returns The conversion in percent (may exceed 100, which {@link analyzeFunnel} flags as a data
 *   problem), or null when either count is unknown or `current` is 0, so it never yields NaN or Infinity.
 * @example stageConversion(1000, 600) // 60
 */
export function stageConversion(
  current: number | null | undefined,
  next: number | null | undefined,
): number | null {
  const from = usableCount(current);
  const to = usableCount(next);
  if (from === null || to === null || from === 0) return null;
  return (to / from) * 100;
}

/** Customers lost between a stage and the next one; never negative. */
export interface DropOff {
  /** `current - next`. */
  count: number;
  /** `100 - conversion`, in percent. */
  rate: number;
}

/**
 * Drop-off between a stage and the next: how many customers were lost and which share of the stage
 * that is.
 *
 * @returns The drop-off, or null whenever {@link stageConversion} is null, and also when the next
 *   stage has more customers: nobody can be lost then, and a negative "drop-off" would hide the data
 *   problem that {@link analyzeFunnel} flags on the next stage.
 * @example stageDropOff(1000, 600) // { count: 400, rate: 40 }
 */
export function stageDropOff(
  current: number | null | undefined,
  next: number | null | undefined,
): DropOff | null {
  const conversion = stageConversion(current, next);
  if (conversion === null || conversion > 100) return null;
  // Both counts are usable here, otherwise the conversion would be null.
  return { count: (current as number) - (next as number), rate: 100 - conversion };
}

/**
 * Overall conversion of a funnel, in percent: last stage / first stage x 100.
 *
 * It deliberately uses the first and the last stage, not the first and last *known* counts: a
 * funnel whose last stage has no number has no overall conversion yet, and showing a figure for a
 * shorter funnel would mislead.
 *
 * @param counts - The stage counts in funnel order.
 * @returns The overall conversion, or null when there are fewer than two stages, the first or the
 *   last count is unknown, or the first count is 0.
 */
export function overallConversion(counts: readonly (number | null | undefined)[]): number | null {
  if (counts.length < 2) return null;
  return stageConversion(counts[0], counts[counts.length - 1]);
}

/** Change of a figure from one period to another. */
export interface PeriodChange {
  /** `current - previous` (in the figure's unit: customers, or percentage points for a conversion). */
  absolute: number | null;
  /** `(current - previous) / previous x 100`, in percent; null when `previous` is 0. */
  relative: number | null;
}

/**
 * Period-over-period change of a count (or of a conversion, where `absolute` is in points).
 *
 * @returns Both changes; each is null when it cannot be computed (a missing value, or a relative
 *   change against 0), never NaN or Infinity.
 * @example periodChange(1200, 1000) // { absolute: 200, relative: 20 }
 */
export function periodChange(
  current: number | null | undefined,
  previous: number | null | undefined,
): PeriodChange {
  const isNumber = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  if (!isNumber(current) || !isNumber(previous)) return { absolute: null, relative: null };
  const absolute = current - previous;
  const relative = previous === 0 ? null : (absolute / Math.abs(previous)) * 100;
  return { absolute, relative };
}
