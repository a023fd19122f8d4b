import type { FileFilter } from '../../shared/api';
import { api, capabilities } from '../api';

export interface SaveFileRequest {
  suggestedName: string;
  filters: FileFilter[];
  /** Text (written as UTF-8) or bytes. */
  content: string | Uint8Array;
  /** The MIME type of the browser download (web mode). */
  mimeType: string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function download(request: SaveFileRequest): void {
  const part = typeof request.content === 'string' ? request.content : new Uint8Array(request.content);
  const url = URL.createObjectURL(new Blob([part], { type: request.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves a file the way the platform does it: in the desktop app a native Save dialog and an atomic
 * write (`files.saveAs`, with a clear error if the disk is full or the folder read-only); in a
 * browser, which has no `nativeDialogs` capability, a download.
 *
 * @returns `'saved'`, `'cancelled'` (the user closed the dialog) or `'downloaded'` (web mode).
 * @throws ApiError when the desktop app could not write the file.
 */
export async function saveFile(request: SaveFileRequest): Promise<'saved' | 'cancelled' | 'downloaded'> {
  if (!capabilities().nativeDialogs) {
    download(request);
    return 'downloaded';
  }
  const content =
    typeof request.content === 'string'
      ? { kind: 'text' as const, text: request.content }
      : { kind: 'base64' as const, base64: toBase64(request.content) };
  const result = await api.call('files.saveAs', {
    suggestedName: request.suggestedName,
    filters: request.filters,
    content,
  });
  return result.saved ? 'saved' : 'cancelled';
}

/** Decodes the base64 bytes `files.open` returns. */
export function bytesFromBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}
