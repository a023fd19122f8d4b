import { z } from 'zod';

/**
 * What a host can do beyond the library itself, declared once. The desktop app has every one; the
 * web host (a browser tab) has none. `app.capabilities` reports them, the renderer reads them at
 * start (renderer/api/capabilities.ts) and offers a download, a file picker or the browser's print
 * instead, and a host without a capability answers its operations with an `unsupported` error made
 * from this declaration (shared/api/unsupported-handlers.ts).
 */
export const CAPABILITIES = {
  /** Native Save and Open dialogs with an atomic write: `files.saveAs`, `files.open`. */
  nativeDialogs: {
    operations: ['files.saveAs', 'files.open'],
    unsupported:
      'Saving and opening through a file dialog is only available in the desktop app. In the browser, use the download or file picker instead.',
  },
  /** Chromium's printToPDF of a print view in a hidden window, saved through a dialog. */
  printToPdf: {
    operations: ['files.printToPdf'],
    unsupported:
      "Saving a PDF through a file dialog is only available in the desktop app. In the browser, use its print dialog's Save as PDF.",
  },
  /** Folder dialogs to open another library or move this one (the host then switches to it). */
  librarySwitch: {
    operations: ['library.openOther', 'library.move'],
    unsupported:
      'Opening another library or moving it is only available in the desktop app. Start the web host with --data <folder> instead.',
  },
  /**
   * A live workshop session (`workshop.*`): a participant listener on a network interface of this
   * machine. Both the desktop app and the web host have it (the host process can listen); its
   * operations are answered by the backend itself, so none is listed here.
   */
  workshopSession: {
    operations: [],
    unsupported: 'Live workshop sessions need the desktop app or the web host started with npm run web.',
  },
} as const;

export type CapabilityName = keyof typeof CAPABILITIES;
export const CAPABILITY_NAMES = Object.keys(CAPABILITIES) as CapabilityName[];
/** The operations that need a capability (and only work on a host that has it). */
export type CapabilityOperation = (typeof CAPABILITIES)[CapabilityName]['operations'][number];

export const CapabilitiesSchema = z.object(
  Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, z.boolean()])) as Record<
    CapabilityName,
    z.ZodBoolean
  >,
);
/** Which capabilities a host has. */
export type Capabilities = z.infer<typeof CapabilitiesSchema>;

/** A host with every capability, or none. */
export const capabilitiesAll = (has: boolean): Capabilities =>
  Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, has])) as Capabilities;

/** The capability `operation` needs; undefined for an operation every host answers. */
export function capabilityOf(operation: string): CapabilityName | undefined {
  return CAPABILITY_NAMES.find((name) =>
    (CAPABILITIES[name].operations as readonly string[]).includes(operation),
  );
}
