import { z } from 'zod';
import {
  DateSchema,
  IdSchema,
  LongTextSchema,
  NameSchema,
  ShortTextSchema,
  TimestampSchema,
} from './primitives';

/** Where a period's numbers came from when they were imported from a file. */
export const ImportProvenanceSchema = z.object({
  source: ShortTextSchema,
  fileName: ShortTextSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  dateRange: z.object({ start: DateSchema.nullable(), end: DateSchema.nullable() }),
  importedAt: TimestampSchema,
});
export type ImportProvenance = z.infer<typeof ImportProvenanceSchema>;

/** An amount of money per customer (order value, deal size, lifetime value): finite, 0 or more. */
export const MoneySchema = z
  .number()
  .finite()
  .max(1e12)
  .refine((value) => value >= 0, { params: { reason: 'negative_money' }, message: 'must not be negative' });

/** A time span of funnel numbers for one map (e.g. "Q3 2026", source "GA4"). */
export const MetricPeriodSchema = z.object({
  id: IdSchema,
  mapId: IdSchema,
  name: NameSchema,
  startDate: DateSchema.nullable().default(null),
  endDate: DateSchema.nullable().default(null),
  source: ShortTextSchema.default('manual'),
  provenance: ImportProvenanceSchema.nullable().default(null),
  createdAt: TimestampSchema,
  /**
   * This period's average order value, overriding the map's (see {@link FunnelValueSchema}); absent
   * or null: the map's. Optional so that periods written before it (map files, version snapshots)
   * read unchanged.
   */
  orderValue: MoneySchema.nullable().optional(),
});
export type MetricPeriod = z.infer<typeof MetricPeriodSchema>;

/**
 * The stored numbers of one stage in one period. Conversion, drop-off and leaks are derived from the
 * counts (see shared/funnel), never stored.
 */
export const StageMetricSchema = z.object({
  periodId: IdSchema,
  stageId: IdSchema,
  metricLabel: ShortTextSchema.default(''),
  /** Customers who entered the stage; null when unknown. */
  count: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().default(null),
  /** Target conversion to the next stage, in percent. */
  targetConversion: z.number().finite().min(0).max(100_000).nullable().default(null),
  /** Average time spent in the stage, in days. */
  avgDaysInStage: z.number().finite().min(0).max(100_000).nullable().default(null),
  lossReasons: LongTextSchema.default(''),
});
export type StageMetric = z.infer<typeof StageMetricSchema>;

/**
 * Currencies the funnel's value inputs offer (ISO 4217); their names come from Intl.DisplayNames in
 * the UI language. A code outside the list is refused with `unknown_currency`.
 */
export const CURRENCIES = [
  'CNY',
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'HKD',
  'TWD',
  'SGD',
  'KRW',
  'INR',
  'AUD',
  'CAD',
  'CHF',
] as const;
export type Currency = (typeof CURRENCIES)[number];

export const CurrencySchema = z
  .string()
  .refine((code): code is Currency => (CURRENCIES as readonly string[]).includes(code), {
    params: { reason: 'unknown_currency' },
    message: `must be one of ${CURRENCIES.join(', ')}`,
  })
  .transform((code) => code as Currency);

/**
 * What a map's customers are worth: the average order value or deal size (客单价) with its currency,
 * and optionally the lifetime value. Revenue per period = customers at the last stage x order value.
 */
export const FunnelValueSchema = z.object({
  orderValue: MoneySchema.nullable().default(null),
  currency: CurrencySchema,
  lifetimeValue: MoneySchema.nullable().default(null),
});
export type FunnelValue = z.infer<typeof FunnelValueSchema>;

/**
 * The reference range of one stage's conversion to the next stage, in percent, for one map. A
 * conversion below `minPercent` is flagged "below benchmark".
 */
export const StageBenchmarkSchema = z
  .object({
    stageId: IdSchema,
    minPercent: z.number().finite().min(0).max(100),
    maxPercent: z.number().finite().min(0).max(100),
  })
  .refine((range) => range.minPercent <= range.maxPercent, {
    path: ['maxPercent'],
    params: { reason: 'benchmark_min_above_max' },
    message: 'must not be below the minimum',
  });
export type StageBenchmark = z.infer<typeof StageBenchmarkSchema>;
