import { z } from 'zod';
import {
  IdSchema,
  LongTextSchema,
  MapSnapshotSchema,
  MapSummarySchema,
  NameSchema,
  VersionSummarySchema,
} from '../../domain';
import { op, type OperationHandlers, type OperationSpec } from './define';

/** Largest thumbnail a version may carry, in bytes of the data URL. */
export const VERSION_THUMBNAIL_MAX_CHARS = 200 * 1024;

/**
 * A version's small preview as a data URL: an SVG the backend draws from the snapshot's layout
 * (deterministic, so the same version always has the same picture).
 */
export const VersionThumbnailSchema = z
  .string()
  .max(VERSION_THUMBNAIL_MAX_CHARS, 'thumbnail is larger than 200 KB')
  .regex(/^data:image\/(png|svg\+xml);base64,[A-Za-z0-9+/]+=*$/, 'must be a PNG or SVG data URL');

/** One row of the Versions panel. */
export const VersionListItemSchema = VersionSummarySchema.extend({
  thumbnail: VersionThumbnailSchema.nullable(),
});
export type VersionListItem = z.infer<typeof VersionListItemSchema>;

/** A version with its frozen content. */
export const VersionDetailSchema = VersionSummarySchema.extend({ snapshot: MapSnapshotSchema });
export type VersionDetail = z.infer<typeof VersionDetailSchema>;

/**
 * Versions: immutable snapshots of a map (with its personas as used and all metric periods), saved by
 * name, browsed, restored over the map or duplicated as a new map. Only the name and note of a saved
 * version can change; its snapshot never does.
 */
export const versionOperations = {
  'versions.save': op(
    z.object({ mapId: IdSchema, name: NameSchema, note: LongTextSchema.default('') }),
    VersionSummarySchema,
  ),
  /** The map's versions, newest first. */
  'versions.list': op(z.object({ mapId: IdSchema }), z.array(VersionListItemSchema)),
  'versions.get': op(z.object({ id: IdSchema }), VersionDetailSchema),
  /** What a version of the map would hold right now (for comparing a version with the current map). */
  'versions.current': op(z.object({ mapId: IdSchema }), MapSnapshotSchema),
  'versions.update': op(
    z.object({ id: IdSchema, name: NameSchema.optional(), note: LongTextSchema.optional() }),
    VersionSummarySchema,
  ),
  'versions.delete': op(z.object({ id: IdSchema }), z.object({ id: IdSchema })),
  /**
   * Replaces the map's content with the version's snapshot (keeping the map id), after saving the
   * current state as a version named `beforeRestoreName` (default "Before restore <date>").
   */
  'versions.restore': op(
    z.object({ id: IdSchema, beforeRestoreName: NameSchema.optional() }),
    z.object({ restored: VersionSummarySchema, autoSaved: VersionSummarySchema }),
  ),
  /** A new map from the snapshot, with new ids for everything (metric periods included). */
  'versions.duplicateAsMap': op(z.object({ id: IdSchema, name: NameSchema.optional() }), MapSummarySchema),
} as const satisfies Record<string, OperationSpec>;
export type VersionHandlers = OperationHandlers<typeof versionOperations>;
