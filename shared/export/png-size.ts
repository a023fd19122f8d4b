/**
 * How large a browser canvas may be. Chromium refuses a canvas wider or taller than 16,384 px or with
 * more than 268,435,456 px (16,384²) of area and then silently draws nothing, so the export checks the
 * size before drawing instead of producing an empty file.
 */
export const CANVAS_LIMITS = { maxSide: 16_384, maxArea: 268_435_456 } as const;

/** The scales the export dialog offers. */
export const PNG_SCALES = [1, 2, 3, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** A width and height in pixels. */
export interface Size {
  width: number;
  height: number;
}

/**
 * The pixel size of the exported image: the content (in flow units, 1 unit = 1 CSS px at 1x) plus a
 * margin on every side, times the scale, rounded up so nothing is cut.
 */
export function pngOutputSize(content: Size, scale: number, margin: number): Size {
  const m = Math.max(0, margin);
  return {
    width: Math.ceil((Math.max(0, content.width) + 2 * m) * scale),
    height: Math.ceil((Math.max(0, content.height) + 2 * m) * scale),
  };
}

/** Whether a canvas of this size can be drawn by the browser. */
export function fitsCanvas(size: Size, limits: Size & { area?: number } = defaultLimits()): boolean {
  const area = limits.area ?? CANVAS_LIMITS.maxArea;
  return (
    size.width >= 1 &&
    size.height >= 1 &&
    size.width <= limits.width &&
    size.height <= limits.height &&
    size.width * size.height <= area
  );
}

function defaultLimits(): Size & { area: number } {
  return { width: CANVAS_LIMITS.maxSide, height: CANVAS_LIMITS.maxSide, area: CANVAS_LIMITS.maxArea };
}

/** The verdict on one requested export size. */
export interface PngSizeCheck {
  /** The pixel size at the requested scale. */
  size: Size;
  ok: boolean;
  /**
   * When the requested size does not fit: the largest of {@link PNG_SCALES} that does, or null when
   * even 1x is too big (then {@link PngSizeCheck.largestScale} is below 1).
   */
  largestOfferedScale: PngScale | null;
  /**
   * The largest scale that fits at all, rounded down to hundredths (e.g. 0.43 for a huge map), or 0
   * when nothing fits (content of zero size).
   */
  largestScale: number;
}

/**
 * Checks an export before it runs and, when it is too large, says which scale would fit.
 *
 * @param content - Size of what is exported, in flow units.
 * @param scale - The requested scale (1x..4x).
 * @param margin - Margin on each side, in flow units (scaled with the image).
 * @example
 * checkPngSize({ width: 5000, height: 3000 }, 4, 24) // ok: false, largestOfferedScale: 3
 */
export function checkPngSize(content: Size, scale: number, margin: number): PngSizeCheck {
  const size = pngOutputSize(content, scale, margin);
  const ok = fitsCanvas(size);
  const largestOfferedScale =
    [...PNG_SCALES].reverse().find((s) => fitsCanvas(pngOutputSize(content, s, margin))) ?? null;
  return { size, ok, largestOfferedScale, largestScale: largestFittingScale(content, margin) };
}

/** The largest scale (hundredths, rounded down) at which the image still fits a canvas. */
export function largestFittingScale(content: Size, margin: number): number {
  const unscaled = pngOutputSize(content, 1, margin);
  if (unscaled.width <= 0 || unscaled.height <= 0) return 0;
  const w = Math.max(0, content.width) + 2 * Math.max(0, margin);
  const h = Math.max(0, content.height) + 2 * Math.max(0, margin);
  const bySide = Math.min(CANVAS_LIMITS.maxSide / w, CANVAS_LIMITS.maxSide / h);
  const byArea = Math.sqrt(CANVAS_LIMITS.maxArea / (w * h));
  let scale = Math.floor(Math.min(bySide, byArea) * 100) / 100;
  // Rounding up the pixel size can push the last hundredth over the limit; step back until it fits.
  while (scale > 0 && !fitsCanvas(pngOutputSize(content, scale, margin)))
    scale = Math.round((scale - 0.01) * 100) / 100;
  return Math.max(0, scale);
}
