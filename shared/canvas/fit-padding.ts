/** A rectangle in flow or screen pixels. */
export interface Box {
  width: number;
  height: number;
}

/** React Flow's minimap box (its default 200 x 150 panel, 15 px from the corner) and a gap. */
export const MINIMAP_RESERVE = { width: 200 + 15 + 8, height: 150 + 15 + 8 } as const;

/** The editor's margin around the map at fit, a fraction of the canvas side (as before: 0.08). */
const MARGIN = 0.04;

export interface FitPadding {
  top: `${number}px`;
  right: `${number}px`;
  bottom: `${number}px`;
  left: `${number}px`;
}

const px = (n: number): `${number}px` => `${Math.round(n)}px`;

function zoomWith(bounds: Box, canvas: Box, right: number, bottom: number, margin: Box): number {
  const w = canvas.width - margin.width - right;
  const h = canvas.height - margin.height - bottom;
  return Math.min(w / Math.max(bounds.width, 1), h / Math.max(bounds.height, 1));
}

/**
 * The padding to fit `bounds` into `canvas` with, in pixels per side. With the minimap shown, the
 * map keeps clear of its corner: a strip along the right or along the bottom is reserved, whichever
 * leaves the map larger (a wide map has height to spare, a tall one width), so at fit the minimap
 * never covers a card.
 */
export function fitPadding(bounds: Box, canvas: Box, minimap: boolean): FitPadding {
  const x = canvas.width * MARGIN;
  const y = canvas.height * MARGIN;
  if (!minimap) return { top: px(y), right: px(x), bottom: px(y), left: px(x) };
  const margin = { width: 2 * x, height: 2 * y };
  const right = Math.max(x, MINIMAP_RESERVE.width);
  const bottom = Math.max(y, MINIMAP_RESERVE.height);
  const reserveRight =
    zoomWith(bounds, canvas, right, y, margin) > zoomWith(bounds, canvas, x, bottom, margin);
  return reserveRight
    ? { top: px(y), right: px(right), bottom: px(y), left: px(x) }
    : { top: px(y), right: px(x), bottom: px(bottom), left: px(x) };
}
