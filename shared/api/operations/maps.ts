import { z } from 'zod';
import {
  IdSchema,
  JourneyMapSchema,
  LanguageSchema,
  MapChangeSetSchema,
  MapSummarySchema,
  NameSchema,
  TimestampSchema,
} from '../../domain';
import { op, type OperationSpec } from './define';

/** Journey maps: the library list and the document itself. */
export const mapOperations = {
  'maps.list': op(z.object({ query: z.string().max(200).optional() }), z.array(MapSummarySchema)),
  'maps.get': op(z.object({ id: IdSchema }), JourneyMapSchema),
  'maps.create': op(
    z.object({ name: NameSchema, templateId: z.string().max(64).default('blank'), language: LanguageSchema }),
    MapSummarySchema,
  ),
  'maps.rename': op(z.object({ id: IdSchema, name: NameSchema }), MapSummarySchema),
  'maps.duplicate': op(z.object({ id: IdSchema, name: NameSchema.optional() }), MapSummarySchema),
  'maps.delete': op(z.object({ id: IdSchema }), z.object({ id: IdSchema })),
  /** Saves an incremental edit (autosave). Returns the map's new `updatedAt`. */
  'maps.applyChanges': op(
    z.object({ id: IdSchema, changes: MapChangeSetSchema }),
    z.object({ updatedAt: TimestampSchema }),
  ),
} as const satisfies Record<string, OperationSpec>;
