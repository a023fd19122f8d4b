import { z } from 'zod';
import { JourneyMapSchema } from './journey-map';
import { FunnelValueSchema, MetricPeriodSchema, StageBenchmarkSchema, StageMetricSchema } from './metrics';
import { PersonaSchema } from './persona';
import { IdSchema, LongTextSchema, NameSchema, TimestampSchema } from './primitives';

/** Everything a version freezes: the map, the personas it shows, and all its metric periods. */
export const MapSnapshotSchema = z.object({
  map: JourneyMapSchema,
  personas: z.array(PersonaSchema),
  periods: z.array(MetricPeriodSchema),
  metrics: z.array(StageMetricSchema),
  /** The map's funnel benchmarks and value (migration 0060); absent in older snapshots and when unset. */
  benchmarks: z.array(StageBenchmarkSchema).optional(),
  funnelValue: FunnelValueSchema.nullable().optional(),
});
export type MapSnapshot = z.infer<typeof MapSnapshotSchema>;

/** An immutable, named snapshot of a map. */
export const VersionSummarySchema = z.object({
  id: IdSchema,
  mapId: IdSchema,
  name: NameSchema,
  note: LongTextSchema.default(''),
  createdAt: TimestampSchema,
  cardCount: z.number().int().min(0),
});
export type VersionSummary = z.infer<typeof VersionSummarySchema>;
