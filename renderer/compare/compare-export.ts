import { toBlob } from 'html-to-image';
import { ApiError } from '../../shared/api';

/** A file name from a title: letters, digits (any script), dashes; never empty. */
export function exportFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'comparison'}.${extension}`;
}

/**
 * The compare view (change list and overlay) as PNG bytes, at twice the screen resolution. Saved
 * through the export pipeline's `saveFile` (a download in web mode, a native dialog on the desktop).
 */
export async function comparisonPng(element: HTMLElement): Promise<Blob> {
  const blob = await toBlob(element, {
    pixelRatio: 2,
    backgroundColor: '#ffffff',
    // The zoom buttons and pickers are controls, not content.
    filter: (node) => !(node instanceof HTMLElement && node.dataset.exportSkip === 'true'),
  });
  if (!blob)
    throw new ApiError('internal', 'The picture could not be drawn.', { reason: 'picture_not_drawn' });
  return blob;
}
