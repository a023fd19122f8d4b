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
