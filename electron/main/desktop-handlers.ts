import fs from 'node:fs/promises';
import path from 'node:path';
import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import {
  ApiError,
  capabilitiesAll,
  MAX_FILE_BYTES,
  type AppHandlers,
  type CapabilityHandlers,
  type DesktopHandlers,
  type MenuState,
} from '../../shared/api';
import { FileWriteError, writeFileAtomic } from '../backend/files/atomic-write';

/** What the desktop app answers itself: the host operations and every capability's operations. */
export type DesktopAppHandlers = AppHandlers & DesktopHandlers & CapabilityHandlers;

/** What the desktop operations need from Electron and the app (structural, so tests can supply it). */
export interface DesktopDeps {
  appVersion: string;
  versions: { electron: string; chrome: string; node: string };
  logDir: string;
  /** Where save dialogs start (the user's Documents folder). */
  documentsDir: string;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  setMenuState(state: MenuState): void;
  /** Prints the app page at `hash` (a print view) to PDF bytes. */
  printToPdf(hash: string): Promise<Uint8Array>;
  openOtherLibrary(): Promise<{ switched: boolean; path: string | null }>;
  moveLibrary(): Promise<{ switched: boolean; path: string | null }>;
}

/**
 * A file name the renderer suggests, made safe to offer in a save dialog: no folders (so a page
 * cannot pre-select `../../.bashrc`), no characters Windows forbids, no control characters.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned.slice(0, 200) || 'untitled';
}

/** Asks where to save (native dialog), then writes atomically; a cancelled dialog writes nothing. */
async function saveThroughDialog(
  deps: DesktopDeps,
  suggestedName: string,
  filters: SaveDialogOptions['filters'],
  content: () => string | Uint8Array,
): Promise<{ saved: boolean; path: string | null }> {
  const result = await deps.showSaveDialog({
    defaultPath: path.join(deps.documentsDir, safeFileName(suggestedName)),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return { saved: false, path: null };
  try {
    writeFileAtomic(result.filePath, content());
  } catch (error) {
    if (error instanceof FileWriteError) throw error.toApiError();
    throw error;
  }
  return { saved: true, path: result.filePath };
}

/**
 * The desktop app has every capability (shared/api/capabilities.ts), for real: native save/open
 * dialogs (the user picks the path; the page never names one), atomic writes, printing to PDF, the
 * library switch, and the menu state. Put over the backend's `unsupported` answers in the main process.
 */
export function createDesktopHandlers(deps: DesktopDeps): DesktopAppHandlers {
  return {
    'app.capabilities': () => capabilitiesAll(true),
    'desktop.info': () => ({
      desktop: true,
      logDir: deps.logDir,
      versions: { app: deps.appVersion, ...deps.versions },
    }),
    'desktop.setMenuState': (state) => {
      deps.setMenuState(state);
      return { applied: true };
    },
    'files.saveAs': ({ suggestedName, filters, content }) =>
      saveThroughDialog(deps, suggestedName, filters, () =>
        content.kind === 'text' ? content.text : Buffer.from(content.base64, 'base64'),
      ),
    'files.printToPdf': async ({ printHash, suggestedName }) => {
      // Print first: a failure to render is reported before the user picks a file.
      const pdf = await deps.printToPdf(printHash);
      return saveThroughDialog(deps, suggestedName, [{ name: 'PDF', extensions: ['pdf'] }], () => pdf);
    },
    'files.open': async ({ filters }) => {
      const result = await deps.showOpenDialog({ filters, properties: ['openFile'] });
      const filePath = result.filePaths[0];
      if (result.canceled || filePath === undefined) return { file: null };
      const stat = await fs.stat(filePath);
      if (stat.size > MAX_FILE_BYTES) {
        throw new ApiError(
          'too_large',
          `"${path.basename(filePath)}" is ${Math.round(stat.size / 1024 / 1024)} MB; files up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be opened.`,
          {
            reason: 'open_file_too_large',
            params: {
              file: path.basename(filePath),
              sizeMb: Math.round(stat.size / 1024 / 1024),
              maxMb: MAX_FILE_BYTES / 1024 / 1024,
            },
          },
        );
      }
      const bytes = await fs.readFile(filePath);
      return { file: { name: path.basename(filePath), path: filePath, base64: bytes.toString('base64') } };
    },
    'library.openOther': () => deps.openOtherLibrary(),
    'library.move': () => deps.moveLibrary(),
  };
}
