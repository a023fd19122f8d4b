import type { Rect } from './layout';

/**
 * The smallest rectangle holding every one of `rects`, or null for none: the export picture's
 * frame, the canvas fit with the funnel band, the minimap's view of map and viewport.
 */
export function unionOfRects(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rects) {
    x1 = Math.min(x1, r.x);
    y1 = Math.min(y1, r.y);
    x2 = Math.max(x2, r.x + r.width);
    y2 = Math.max(y2, r.y + r.height);
  }
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}
