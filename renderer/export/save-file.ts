import { saveFile as savePlatformFile } from '../desktop/save-file';
import type { FileFilter } from '../../shared/api';

/**
 * Where exported bytes go: the desktop app's native save dialog with an atomic write, or a download
 * in web mode (the browser asks where, or numbers duplicates, so nothing is overwritten silently).
 * One implementation for the whole app lives in `renderer/desktop/save-file.ts`; this adapter takes
 * the Blob the export pipeline produces.
 */
export type SaveFile = (fileName: string, blob: Blob) => Promise<{ saved: boolean }>;

const FILTERS: Record<string, FileFilter> = {
  png: { name: 'PNG image', extensions: ['png'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  journeymap: { name: 'Journey map', extensions: ['journeymap'] },
  csv: { name: 'CSV', extensions: ['csv'] },
};

/** Saves bytes under a suggested file name; `saved: false` when the user cancelled a save dialog. */
export const saveFile: SaveFile = async (fileName, blob) => {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const filter = FILTERS[extension];
  const isText = blob.type.startsWith('text/') || blob.type === 'application/json';
  const outcome = await savePlatformFile({
    suggestedName: fileName,
    filters: filter ? [filter] : [],
    content: isText ? await blob.text() : new Uint8Array(await blob.arrayBuffer()),
    mimeType: blob.type || 'application/octet-stream',
  });
  return { saved: outcome !== 'cancelled' };
};
