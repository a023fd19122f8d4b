import { projectWhatIf } from './what-if';
import { usableCount } from './numbers';
import { stageConversion } from './conversion';

/**
 * Money figures of a funnel: revenue per period = customers at the last stage x average order value
 * (deal size, 客单价); lifetime value, when given, values each customer over their lifetime instead.
 */
export interface FunnelMoney {
  /** Average order value or deal size per customer, in the map's currency; null when unknown. */
  orderValue: number | null;
  /** Optional lifetime value per customer, same currency. */
  lifetimeValue?: number | null;
}

function usableMoney(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * Revenue of one period: customers at the last stage x order value.
 *
 * @returns null when the last count or the order value is unknown (or the funnel is empty).
 * @example periodRevenue([1000, 100, 20], 500) // 10000
 */
export function periodRevenue(
  counts: readonly (number | null | undefined)[],
  orderValue: number | null | undefined,
): number | null {
  const last = usableCount(counts[counts.length - 1]);
  const value = usableMoney(orderValue);
  return last === null || value === null ? null : last * value;
}

/** What a what-if or a closed leak is worth per period. */
export interface ValueChange {
  /** Projected customers at the last stage. */
  projectedCustomers: number | null;
  /** Projected minus current customers at the last stage. */
  customers: number | null;
  /** `customers x order value`; null without an order value. */
  revenue: number | null;
  /** `customers x lifetime value`; null without a lifetime value. */
  lifetimeRevenue: number | null;
}

/**
 * The value of setting one stage's conversion to `newConversion`: the customers gained (or lost) at
 * the last stage and their revenue ("raise Consideration -> Intent from 40% to 45%: +N customers, +X
 * revenue per period"). Counts are not rounded; format them for display.
 *
 * @throws ApiError `invalid_input` as {@link projectWhatIf} does for a bad stage or conversion.
 */
export function whatIfValue(
  counts: readonly (number | null)[],
  stageIndex: number,
  newConversion: number,
  money: FunnelMoney,
): ValueChange {
  const projection = projectWhatIf(counts, stageIndex, newConversion);
  const last = projection.counts.length - 1;
  const customers = projection.deltas[last] ?? null;
  const order = usableMoney(money.orderValue);
  const lifetime = usableMoney(money.lifetimeValue);
  return {
    projectedCustomers: projection.counts[last] ?? null,
    customers,
    revenue: customers === null || order === null ? null : customers * order,
    lifetimeRevenue: customers === null || lifetime === null ? null : customers * lifetime,
  };
}

/**
 * What closing a leak would be worth: the stage's conversion raised to `goal` (its target, or its
 * benchmark's lower end).
 *
 * @returns null when the stage already reaches the goal, has no conversion, or is the last stage.
 */
export function leakValue(
  counts: readonly (number | null)[],
  stageIndex: number,
  goal: number | null | undefined,
  money: FunnelMoney,
): ValueChange | null {
  if (goal === null || goal === undefined || !Number.isFinite(goal) || goal < 0) return null;
  if (stageIndex < 0 || stageIndex >= counts.length - 1) return null;
  const conversion = stageConversion(counts[stageIndex], counts[stageIndex + 1]);
  if (conversion === null || conversion >= goal) return null;
  return whatIfValue(counts, stageIndex, goal, money);
}
