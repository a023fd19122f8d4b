/**
 * Where exported bytes go. Web mode downloads them (the browser asks where, or numbers duplicates, so
 * nothing is overwritten silently); the desktop app (issue 7) will swap in a native save dialog with
 * an atomic write behind the same function.
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

let current: SaveFile = downloadFile;

/** Saves bytes under a suggested file name with the current strategy. */
export function saveFile(fileName: string, blob: Blob): Promise<{ saved: boolean }> {
  return current(fileName, blob);
}

/** Replaces the strategy (the desktop app installs its native save dialog here). */
export function setSaveFile(strategy: SaveFile): void {
  current = strategy;
}
