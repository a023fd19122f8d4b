import { z } from 'zod';
import { op, type OperationHandlers, type OperationSpec } from './define';

/** One filter of a native file dialog, e.g. `{ name: 'Journey map', extensions: ['journeymap'] }`. */
export const FileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[A-Za-z0-9*]{1,16}$/, 'must be an extension without a dot'))
    .min(1)
    .max(10),
});
export type FileFilter = z.infer<typeof FileFilterSchema>;

/** The largest file `files.saveAs` writes or `files.open` reads (base64 grows it by a third). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** What `files.saveAs` writes: text (UTF-8) or binary (base64, e.g. a PNG or PDF). */
export const FileContentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(MAX_FILE_BYTES) }),
  z.object({
    kind: z.literal('base64'),
    base64: z
      .string()
      .max(Math.ceil(MAX_FILE_BYTES / 3) * 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
  }),
]);

export const SaveAsResultSchema = z.object({
  /** False when the user cancelled the dialog (nothing was written). */
  saved: z.boolean(),
  /** The file written, when saved. */
  path: z.string().nullable(),
});

export const OpenedFileSchema = z.object({
  name: z.string(),
  path: z.string(),
  /** The file's bytes, base64. */
  base64: z.string(),
});
export type OpenedFile = z.infer<typeof OpenedFileSchema>;

/**
 * Files on the user's disk through native dialogs (the `nativeDialogs` and `printToPdf`
 * capabilities): the user picks the path, the page never names one. A host without them answers
 * `unsupported`; the renderer then downloads, uses an `<input type=file>` or the browser's print.
 */
export const fileOperations = {
  /** Asks where to save (native dialog) and writes the file atomically. */
  'files.saveAs': op(
    z.object({
      suggestedName: z.string().trim().min(1).max(200),
      filters: z.array(FileFilterSchema).max(10).default([]),
      content: FileContentSchema,
    }),
    SaveAsResultSchema,
  ),
  /** Asks for one file to open (native dialog) and returns its bytes; `file` is null when cancelled. */
  'files.open': op(
    z.object({ filters: z.array(FileFilterSchema).max(10).default([]) }),
    z.object({ file: OpenedFileSchema.nullable() }),
  ),
  /**
   * Renders the print view (`#/print/<mapId>?...`, the hash the export dialog builds) in a hidden
   * window, prints it to PDF with Chromium (vector, searchable text), asks where to save it and writes
   * it atomically. Web mode answers `unsupported`: the browser prints the view itself.
   */
  'files.printToPdf': op(
    z.object({
      printHash: z
        .string()
        .max(2_000)
        .regex(
          /^#\/(print\/[A-Za-z0-9_-]{1,64}\/?(\?[A-Za-z0-9_.~%&=+-]*)?|compare\?a=(map|version):[A-Za-z0-9_-]{1,64}&b=(map|version):[A-Za-z0-9_-]{1,64})$/,
          'must be a print view or compare view hash',
        ),
      suggestedName: z.string().trim().min(1).max(200),
    }),
    SaveAsResultSchema,
  ),
} as const satisfies Record<string, OperationSpec>;
export type FileHandlers = OperationHandlers<typeof fileOperations>;
