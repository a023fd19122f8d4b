import { z } from 'zod';
import { op, type OperationHandlers, type OperationSpec } from './define';

export const LibraryInfoSchema = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
});

export const LibrarySwitchResultSchema = z.object({
  /** False when the user cancelled; true when the app switches to `path` (the window reloads). */
  switched: z.boolean(),
  path: z.string().nullable(),
});

/**
 * The library file itself: where it is, and (with the `librarySwitch` capability) opening another
 * one or moving it through folder dialogs.
 */
export const libraryOperations = {
  'library.info': op(z.object({}), LibraryInfoSchema),
  /** Lets the user pick another library folder, then switches to it. */
  'library.openOther': op(z.object({}), LibrarySwitchResultSchema),
  /** Lets the user pick a folder, copies the library there (verified), then switches to the copy. */
  'library.move': op(z.object({}), LibrarySwitchResultSchema),
} as const satisfies Record<string, OperationSpec>;
export type LibraryHandlers = OperationHandlers<typeof libraryOperations>;
