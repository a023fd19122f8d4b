import type { FileFilter } from '../../shared/api';
import { api, capabilities } from '../api';
import { base64FromBytes } from './base64';

/** The Save dialog's filter for a file name's extension; none for an extension not listed. */
const FILTERS: Record<string, FileFilter> = {
  png: { name: 'PNG image', extensions: ['png'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  journeymap: { name: 'Journey map', extensions: ['journeymap'] },
  csv: { name: 'CSV', extensions: ['csv'] },
};

const isText = (blob: Blob): boolean => blob.type.startsWith('text/') || blob.type === 'application/json';

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves a file the way the platform does it, for the whole app (exports, compare, CSV): with the
 * `nativeDialogs` capability (the desktop app) a native Save dialog, filtered by the name's
 * extension, and an atomic write (`files.saveAs`, with a clear error if the disk is full or the
 * folder read-only); in a browser a download (the browser asks where, or numbers duplicates, so
 * nothing is overwritten silently). Text blobs (`text/*`, JSON) are written as UTF-8.
 *
 * @returns `saved: false` only when the user cancelled the Save dialog.
 * @throws ApiError when the desktop app could not write the file.
 */
export async function saveFile(fileName: string, blob: Blob): Promise<{ saved: boolean }> {
  if (!capabilities().nativeDialogs) {
    download(fileName, blob);
    return { saved: true };
  }
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const filter = FILTERS[extension];
  const result = await api.call('files.saveAs', {
    suggestedName: fileName,
    filters: filter ? [filter] : [],
    content: isText(blob)
      ? { kind: 'text', text: await blob.text() }
      : { kind: 'base64', base64: base64FromBytes(new Uint8Array(await blob.arrayBuffer())) },
  });
  return { saved: result.saved };
}
