import { z } from 'zod';
import { IdSchema } from '../../domain';
import { ExportOptionsInputSchema, ExportOptionsSchema } from '../../export/options';
import { op, type OperationSpec } from './define';

/**
 * The user's own preferences, the same for every map. A stored value that no longer parses falls
 * back to the default (`.catch`), so an older or hand-edited library never breaks the app.
 */
export const UserPreferencesSchema = z.object({
  /** The minimap in the canvas corner. */
  minimap: z.boolean().catch(true),
  /** The editor's palette (left) folded to a thin rail, leaving its room to the canvas. */
  paletteCollapsed: z.boolean().catch(false),
  /** The editor's inspector (right) folded to a thin rail, leaving its room to the canvas. */
  inspectorCollapsed: z.boolean().catch(false),
  /** The library's order: the last changed map first, or by name. */
  librarySort: z.enum(['updated', 'name']).catch('updated'),
});
export type UserPreferences = z.infer<typeof UserPreferencesSchema>;

/** One map's preferences; deleted with the map. */
export const MapPreferencesSchema = z.object({
  /** The last choices of the export dialog for this map. */
  exportOptions: ExportOptionsSchema.catch(() => ExportOptionsSchema.parse({})),
});
export type MapPreferences = z.infer<typeof MapPreferencesSchema>;

export const PreferencesSchema = z.object({
  user: UserPreferencesSchema,
  /** Null when no map was asked for. */
  map: MapPreferencesSchema.nullable(),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

/** The names of user-level preferences, as `preferences.set` takes them. */
export const USER_PREFERENCE_KEYS = [
  'minimap',
  'paletteCollapsed',
  'inspectorCollapsed',
  'librarySort',
] as const satisfies readonly (keyof UserPreferences)[];
/** The names of per-map preferences, as `preferences.set` takes them (with a `mapId`). */
export const MAP_PREFERENCE_KEYS = ['exportOptions'] as const satisfies readonly (keyof MapPreferences)[];

/**
 * One preference to store: each known key with its own value schema; an unknown key, a missing
 * `mapId` for a per-map key or a value of the wrong shape is refused with `invalid_input`.
 */
export const PreferenceChangeSchema = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('minimap'), value: z.boolean() }),
  z.strictObject({ key: z.literal('paletteCollapsed'), value: z.boolean() }),
  z.strictObject({ key: z.literal('inspectorCollapsed'), value: z.boolean() }),
  z.strictObject({ key: z.literal('librarySort'), value: z.enum(['updated', 'name']) }),
  z.strictObject({ key: z.literal('exportOptions'), mapId: IdSchema, value: ExportOptionsInputSchema }),
]);
export type PreferenceChange = z.infer<typeof PreferenceChangeSchema>;

/** Preferences of the user and of each map, kept in the library (so in every mode and origin). */
export const preferenceOperations = {
  /** The user's preferences, and those of `mapId` when given; defaults for what was never set. */
  'preferences.get': op(z.object({ mapId: IdSchema.nullable().default(null) }), PreferencesSchema),
  /** Stores one preference; returns the preferences of the user and of the map it concerns. */
  'preferences.set': op(PreferenceChangeSchema, PreferencesSchema),
} as const satisfies Record<string, OperationSpec>;
