import type { Rect } from './layout';

/** React Flow's viewport: screen = flow x zoom + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Where the frozen header strips are drawn, in screen pixels from the canvas's top left corner. */
export interface FrozenOffsets {
  /** The top of the stage strip: the map's own top, or the canvas top once that scrolled away. */
  stageTop: number;
  /** The left of the lane column: the map's own left, or the canvas left once that scrolled away. */
  laneLeft: number;
}

/**
 * Frozen panes for the map's headers: the stage strip keeps to the top of the canvas and the lane
 * column to its left while the map is panned under them, like a spreadsheet's frozen rows and
 * columns. Neither leaves the grid: once the last lane (or stage) scrolls past, its header goes with
 * it, so headers never float over an empty canvas. `stripHeight` and `columnWidth` are the strip's and
 * the column's flow sizes (the stage header row, plus any band drawn under it; the lane header column).
 */
export function frozenOffsets(
  viewport: Viewport,
  grid: Rect,
  stripHeight: number,
  columnWidth: number,
): FrozenOffsets {
  const { x, y, zoom } = viewport;
  const lastTop = y + (grid.y + grid.height - stripHeight) * zoom;
  const lastLeft = x + (grid.x + grid.width - columnWidth) * zoom;
  return {
    stageTop: Math.min(Math.max(y + grid.y * zoom, 0), lastTop),
    laneLeft: Math.min(Math.max(x + grid.x * zoom, 0), lastLeft),
  };
}
