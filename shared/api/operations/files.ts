import { z } from 'zod';
import { IdSchema, MapSummarySchema } from '../../domain';
import { op, type OperationSpec } from './define';

/** The result of `maps.importFile`: the new map, and what the import had to repair or leave out. */
export const MapFileImportResultSchema = z.object({
  map: MapSummarySchema,
  /** One sentence per repair (a stripped hostile key, a persona the file did not carry, ...). */
  repairs: z.array(z.string()),
  /** Library personas reused because the file carried an identical one with the same id. */
  personasReused: z.number().int().min(0),
  /** Personas the file carried that were added to the library. */
  personasCreated: z.number().int().min(0),
});
export type MapFileImportResult = z.infer<typeof MapFileImportResultSchema>;

/**
 * Portable map files (`.journeymap`, see shared/export/map-file): one map with its personas, metric
 * periods and versions in one JSON file.
 */
export const fileOperations = {
  /** The file of a map: its text and a suggested file name. */
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
