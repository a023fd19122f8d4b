import { toPng } from 'html-to-image';

/** Saves a data URL as a file through a temporary download link (works offline, in both modes). */
export function downloadDataUrl(dataUrl: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/** A file name from a title: letters, digits (any script), dashes; never empty. */
export function exportFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'comparison'}.${extension}`;
}

/** The compare view (change list and overlay) as a PNG data URL, at twice the screen resolution. */
export function comparisonPng(element: HTMLElement): Promise<string> {
  return toPng(element, {
    pixelRatio: 2,
    backgroundColor: '#ffffff',
    // The zoom buttons and pickers are controls, not content.
    filter: (node) => !(node instanceof HTMLElement && node.dataset.exportSkip === 'true'),
  });
}
