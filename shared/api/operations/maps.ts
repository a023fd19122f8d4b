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
import { op, type OperationHandlers, type OperationSpec } from './define';

/** The kinds of repair an import makes; the renderer translates `repairs.<kind>`. */
export const MAP_FILE_REPAIR_KINDS = [
  /** A field dropped because its name could reach a prototype; `params.key` names it. */
  'dropped_field',
  /** A reference to a persona neither in the file nor in the library, removed. */
  'missing_persona',
  /** Repairs of further kinds once the list is full (see {@link MAX_REPAIR_ENTRIES}). */
  'other',
] as const;
/** At most this many entries in a repair list, whatever the file (a hostile one may hold millions). */
export const MAX_REPAIR_ENTRIES = 50;
/** At most this many example paths or ids per entry. */
export const MAX_REPAIR_EXAMPLES = 3;

/** Repairs of one kind (and one key), counted: a million stripped keys are one entry, not a million. */
export const MapFileRepairSchema = z.object({
  kind: z.enum(MAP_FILE_REPAIR_KINDS),
  count: z.number().int().min(1),
  /** The first few places (field paths, persona ids) where the repair was made. */
  examples: z.array(z.string()).max(MAX_REPAIR_EXAMPLES),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type MapFileRepair = z.infer<typeof MapFileRepairSchema>;

/** The result of `maps.importFile`: the new map, and what the import had to repair or leave out. */
export const MapFileImportResultSchema = z.object({
  map: MapSummarySchema,
  /** What the import repaired, counted per kind (a stripped hostile key, a persona not carried, ...). */
  repairs: z.array(MapFileRepairSchema).max(MAX_REPAIR_ENTRIES),
  /** Library personas reused because the file carried an identical one with the same id. */
  personasReused: z.number().int().min(0),
  /** Personas the file carried that were added to the library. */
  personasCreated: z.number().int().min(0),
});
export type MapFileImportResult = z.infer<typeof MapFileImportResultSchema>;

/** Journey maps: the library list, the document itself and its portable file. */
export const mapOperations = {
  'maps.list': op(z.object({ query: z.string().max(200).optional() }), z.array(MapSummarySchema)),
  'maps.get': op(z.object({ id: IdSchema }), JourneyMapSchema),
  /**
   * A small picture of a map for the library (stage columns, lanes, cards in their kind colours;
   * no user text), the same one a saved version shows. Null when the map is too large to draw.
   */
  'maps.thumbnail': op(z.object({ id: IdSchema }), z.object({ thumbnail: z.string().nullable() })),
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
  /**
   * The portable file of a map (`.journeymap`, see shared/export/map-file): one map with its
   * personas, metric periods and versions in one JSON file; its text and a suggested file name.
   */
  'maps.exportFile': op(z.object({ id: IdSchema }), z.object({ fileName: z.string(), text: z.string() })),
  /**
   * Imports a file as a new map (always new ids; never over an existing map), in one transaction:
   * on any error nothing is written. The text's size is checked by the service (`too_large` over
   * 50 MB) rather than here, so that the error says so instead of a generic length message.
   */
  'maps.importFile': op(
    z.object({ text: z.string(), fileName: z.string().max(1_000).default('') }),
    MapFileImportResultSchema,
  ),
} as const satisfies Record<string, OperationSpec>;
export type MapHandlers = OperationHandlers<typeof mapOperations>;
