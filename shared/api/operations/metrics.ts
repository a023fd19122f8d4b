import { z } from 'zod';
import {
  DateSchema,
  FunnelValueSchema,
  IdSchema,
  MoneySchema,
  StageBenchmarkSchema,
  ImportProvenanceSchema,
  MetricPeriodSchema,
  NameSchema,
  ShortTextSchema,
  StageMetricSchema,
} from '../../domain';
import { op, type OperationHandlers, type OperationSpec } from './define';

/** The numbers of one stage as a caller sends them; the period is named by the operation. */
export const StageMetricInputSchema = StageMetricSchema.omit({ periodId: true });
export type StageMetricInput = z.input<typeof StageMetricInputSchema>;

/** One period with the stored numbers of each of its stages (stages without numbers are left out). */
export const PeriodWithMetricsSchema = MetricPeriodSchema.extend({
  metrics: z.array(StageMetricSchema),
});
export type PeriodWithMetrics = z.infer<typeof PeriodWithMetricsSchema>;

/**
 * Every metric period of a map with its numbers, and which one the overlay shows. Every metrics
 * operation that changes something returns this, so the renderer replaces its copy in one step.
 */
export const MapMetricsSchema = z.object({
  mapId: IdSchema,
  /** Periods ordered by start date (undated last), then by creation. */
  periods: z.array(PeriodWithMetricsSchema),
  /**
   * The period the overlay shows: the one the user chose, else the most recently created one; null
   * only when the map has no period.
   */
  activePeriodId: IdSchema.nullable(),
  /** The benchmark ranges of the map's stages (the stage each transition starts from), in stage order. */
  benchmarks: z.array(StageBenchmarkSchema).default([]),
  /** The map's order value, currency and lifetime value; null until set. */
  value: FunnelValueSchema.nullable().default(null),
});
export type MapMetrics = z.infer<typeof MapMetricsSchema>;

const PeriodFieldsSchema = z.object({
  name: NameSchema,
  startDate: DateSchema.nullable().default(null),
  endDate: DateSchema.nullable().default(null),
  source: z.string().trim().max(100).default('manual'),
});

/** Where the numbers of an import go: a new period, or an existing one of the same map. */
export const ImportTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new') }),
  z.object({ kind: z.literal('existing'), periodId: IdSchema }),
]);

/**
 * One imported stage's numbers (see `buildStageMetrics` in shared/funnel-import). The target, days
 * and reasons are optional and have no default: left out, the stage keeps its stored value.
 */
export const ImportedStageMetricSchema = StageMetricSchema.pick({
  stageId: true,
  count: true,
  metricLabel: true,
}).extend({
  targetConversion: StageMetricSchema.shape.targetConversion.unwrap().unwrap().optional(),
  avgDaysInStage: StageMetricSchema.shape.avgDaysInStage.unwrap().unwrap().optional(),
  lossReasons: StageMetricSchema.shape.lossReasons.unwrap().optional(),
});

/** Funnel metrics: periods of stage counts per map, their import and export. */
export const metricOperations = {
  'metrics.listPeriods': op(z.object({ mapId: IdSchema }), MapMetricsSchema),
  /** Creates a period; it becomes the active one unless `activate` is false. */
  'metrics.createPeriod': op(
    PeriodFieldsSchema.extend({ mapId: IdSchema, activate: z.boolean().default(true) }),
    MapMetricsSchema,
  ),
  /** Changes the given fields of a period; omitted fields keep their value. */
  'metrics.updatePeriod': op(
    z.object({
      periodId: IdSchema,
      name: NameSchema.optional(),
      startDate: DateSchema.nullable().optional(),
      endDate: DateSchema.nullable().optional(),
      source: z.string().trim().max(100).optional(),
      /** The period's own order value; null goes back to the map's. */
      orderValue: MoneySchema.nullable().optional(),
    }),
    MapMetricsSchema,
  ),
  /** Sets a map's order value (deal size), currency and optional lifetime value. */
  'metrics.setFunnelValue': op(z.object({ mapId: IdSchema, value: FunnelValueSchema }), MapMetricsSchema),
  /** Sets the benchmark range of the conversion from a stage to the next one (replacing any). */
  'metrics.setBenchmark': op(
    z.object({ mapId: IdSchema, benchmark: StageBenchmarkSchema }),
    MapMetricsSchema,
  ),
  /** Removes a stage's benchmark range. */
  'metrics.removeBenchmark': op(z.object({ mapId: IdSchema, stageId: IdSchema }), MapMetricsSchema),
  /** Deletes a period and its numbers. */
  'metrics.deletePeriod': op(z.object({ periodId: IdSchema }), MapMetricsSchema),
  /** Chooses the period the overlay shows; null goes back to the default (most recent). */
  'metrics.setActivePeriod': op(
    z.object({ mapId: IdSchema, periodId: IdSchema.nullable() }),
    MapMetricsSchema,
  ),
  /**
   * Stores the numbers of the given stages in one transaction (each row replaces that stage's
   * numbers; stages not listed keep theirs). A count must be a whole number >= 0: a bad row is
   * refused with the path `rows.N.count` and nothing is written.
   */
  'metrics.setStageMetrics': op(
    z.object({ periodId: IdSchema, rows: z.array(StageMetricInputSchema).max(200) }),
    MapMetricsSchema,
  ),
  /**
   * Writes the numbers of an import in one transaction and records its provenance on the period.
   * The time of import is set by the backend; the SHA-256 is the renderer's digest of the file.
   */
  'metrics.applyImport': op(
    z.object({
      mapId: IdSchema,
      periodName: NameSchema,
      rows: z.array(ImportedStageMetricSchema).max(200),
      provenance: ImportProvenanceSchema.omit({ importedAt: true }).extend({ source: ShortTextSchema }),
      target: ImportTargetSchema,
    }),
    MapMetricsSchema,
  ),
  /**
   * Imports every period of one file at once (a trended export: one period per date), each as a new
   * period with the file's provenance and its own date range, in one transaction. The last one
   * becomes the active period.
   */
  'metrics.applyImportAll': op(
    z.object({
      mapId: IdSchema,
      provenance: ImportProvenanceSchema.omit({ importedAt: true, dateRange: true }).extend({
        source: ShortTextSchema,
      }),
      periods: z
        .array(
          z.object({
            name: NameSchema,
            startDate: DateSchema.nullable(),
            endDate: DateSchema.nullable(),
            rows: z.array(ImportedStageMetricSchema).max(200),
          }),
        )
        .min(1)
        .max(400),
    }),
    MapMetricsSchema,
  ),
  /** The numbers of a period as CSV text, UTF-8 with a byte order mark so Excel reads Chinese. */
  'metrics.exportCsv': op(
    z.object({ periodId: IdSchema }),
    z.object({ fileName: z.string(), text: z.string() }),
  ),
} as const satisfies Record<string, OperationSpec>;
export type MetricHandlers = OperationHandlers<typeof metricOperations>;
