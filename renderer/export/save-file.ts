import type { FileFilter } from '../../shared/api';
import { api } from '../api';

/**
 * Where exported bytes go. Web mode downloads them (the browser asks where, or numbers duplicates, so
 * nothing is overwritten silently); the desktop app asks with its native save dialog and writes the
 * file atomically (`files.saveAs`, issue 7). Callers only see {@link saveFile}.
 */
export type SaveFile = (fileName: string, blob: Blob) => Promise<{ saved: boolean }>;

/** Web mode: a blob URL and an `<a download>` click; the URL is released once the click is handled. */
export const downloadFile: SaveFile = (fileName, blob) => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve({ saved: true });
};

const FILTERS: Record<string, FileFilter> = {
  png: { name: 'PNG image', extensions: ['png'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  journeymap: { name: 'Journey map', extensions: ['journeymap'] },
};

/** Desktop: the native save dialog; binary content travels as base64. */
export const nativeSaveFile: SaveFile = async (fileName, blob) => {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const filter = FILTERS[extension];
  const content =
    blob.type.startsWith('text/') || blob.type === 'application/json'
      ? { kind: 'text' as const, text: await blob.text() }
      : { kind: 'base64' as const, base64: await toBase64(blob) };
  const result = await api.call('files.saveAs', {
    suggestedName: fileName,
    filters: filter ? [filter] : [],
    content,
  });
  return { saved: result.saved };
};

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode's argument list small for multi-megabyte images.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

let chosen: Promise<SaveFile> | null = null;
let override: SaveFile | null = null;

/** Native dialog in the desktop app, download in web mode (asked once, then remembered). */
function strategy(): Promise<SaveFile> {
  if (override) return Promise.resolve(override);
  chosen ??= api.call('desktop.info', {}).then(
    (info) => (info.desktop ? nativeSaveFile : downloadFile),
    () => downloadFile,
  );
  return chosen;
}

/** Saves bytes under a suggested file name; `saved: false` when the user cancelled a save dialog. */
export async function saveFile(fileName: string, blob: Blob): Promise<{ saved: boolean }> {
  return (await strategy())(fileName, blob);
}

/** Replaces the strategy (tests, or a host with its own way of saving). */
export function setSaveFile(next: SaveFile | null): void {
  override = next;
}
