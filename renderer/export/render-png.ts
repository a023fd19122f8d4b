import { toBlob } from 'html-to-image';
import { ApiError } from '../../shared/api';
import type { Size } from '../../shared/export';

/** Thrown when the user cancels a running export. */
export class ExportCancelled extends Error {
  constructor() {
    super('Export cancelled');
    this.name = 'ExportCancelled';
  }
}

/**
 * Draws a picture element into a PNG with html-to-image (1.11.11: the version that keeps SVG edges).
 * `size` is the element's size in CSS px; the image is exactly `size x scale` pixels. Fonts are the
 * system's (Noto Sans CJK on Linux), which the browser uses inside the SVG it rasterises, so Chinese
 * text renders without embedding fonts.
 *
 * html-to-image cannot be interrupted; cancelling discards its result as soon as it returns.
 */
export async function renderPng(
  element: HTMLElement,
  size: Size,
  options: { scale: number; background: 'white' | 'transparent'; signal?: AbortSignal },
): Promise<Blob> {
  // Let the browser lay out and paint the element once before it is copied.
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  if (options.signal?.aborted) throw new ExportCancelled();
  const blob = await toBlob(element, {
    width: size.width,
    height: size.height,
    canvasWidth: size.width * options.scale,
    canvasHeight: size.height * options.scale,
    pixelRatio: 1,
    backgroundColor: options.background === 'white' ? '#ffffff' : undefined,
    skipFonts: true,
    cacheBust: false,
  });
  if (options.signal?.aborted) throw new ExportCancelled();
  if (!blob) throw new ApiError('internal', 'The browser returned no image.', { reason: 'browser_no_image' });
  return blob;
}
