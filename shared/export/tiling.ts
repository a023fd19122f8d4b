import type { Size } from './png-size';

/** Paper sizes the PDF export offers, in millimetres (portrait). */
export const PAGE_SIZES = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
  Letter: { width: 215.9, height: 279.4 },
  Tabloid: { width: 279.4, height: 431.8 },
} as const;
export type PageSizeName = keyof typeof PAGE_SIZES;
export const PAGE_SIZE_NAMES = Object.keys(PAGE_SIZES) as PageSizeName[];
export type Orientation = 'portrait' | 'landscape';

/** CSS pixels per millimetre: CSS fixes 96 px to the inch, and Chromium prints with that ratio. */
export const PX_PER_MM = 96 / 25.4;

/** A paper size in millimetres, turned for the orientation. */
export function pageSizeMm(name: PageSizeName, orientation: Orientation): Size {
  const { width, height } = PAGE_SIZES[name];
  return orientation === 'portrait' ? { width, height } : { width: height, height: width };
}

/**
 * The fixed parts of a printed page, in millimetres: the page margin, the header band (map name,
 * personas, period, date, page label) and the legend band at the foot.
 */
export const PRINT_PAGE = { marginMm: 8, headerMm: 16, legendMm: 12 } as const;

/** The area of a page left for the map itself, in CSS pixels. */
export function printableAreaPx(name: PageSizeName, orientation: Orientation): Size {
  const page = pageSizeMm(name, orientation);
  return {
    width: (page.width - 2 * PRINT_PAGE.marginMm) * PX_PER_MM,
    height: (page.height - 2 * PRINT_PAGE.marginMm - PRINT_PAGE.headerMm - PRINT_PAGE.legendMm) * PX_PER_MM,
  };
}

/**
 * The scale that makes `content` fit `area` whole ("fit to one page"). Small maps are not blown up
 * beyond `maxScale`, so a three-card map does not print in giant letters.
 */
export function fitScale(content: Size, area: Size, maxScale = 1.5): number {
  if (content.width <= 0 || content.height <= 0) return 1;
  return Math.min(maxScale, area.width / content.width, area.height / content.height);
}

/** One page of a tiled print: which rectangle of the (scaled) map it shows. */
export interface Tile {
  /** 0-based page index, row by row. */
  index: number;
  row: number;
  column: number;
  /** Left/top of the tile in scaled content pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** "2 / 6": this page of how many. */
  label: string;
}

/** A tiled print: the grid of pages and each page's rectangle. */
export interface Tiling {
  columns: number;
  rows: number;
  tiles: Tile[];
}

/**
 * Splits content across pages ("tile across pages"). Neighbouring tiles overlap by `overlap` pixels so
 * that nothing falls into the gap when the sheets are taped together. Tiles step by a page less the
 * overlap; the last one of a row or column is shortened to what is left, unless that would be a sliver
 * (less than {@link MIN_LAST_TILE} of a page): then the last two share their stretch evenly, so no
 * page prints a few pixels of the map's border. Pages read row by row, left to right.
 *
 * @param content - Size of the map after scaling, in CSS pixels.
 * @param area - The printable area of one page, in CSS pixels.
 * @param overlap - Overlap between neighbouring tiles; clamped to less than half a page.
 */
export function tileContent(content: Size, area: Size, overlap: number): Tiling {
  if (area.width <= 0 || area.height <= 0) throw new RangeError('printable area must be positive');
  const ox = Math.min(Math.max(0, overlap), area.width / 2 - 1);
  const oy = Math.min(Math.max(0, overlap), area.height / 2 - 1);
  const xs = spansAlong(content.width, area.width, ox);
  const ys = spansAlong(content.height, area.height, oy);
  const total = xs.length * ys.length;
  const tiles: Tile[] = [];
  ys.forEach((ySpan, row) => {
    xs.forEach((xSpan, column) => {
      const index = tiles.length;
      tiles.push({
        index,
        row,
        column,
        x: xSpan.start,
        y: ySpan.start,
        width: xSpan.length,
        height: ySpan.length,
        label: `${index + 1} / ${total}`,
      });
    });
  });
  return { columns: xs.length, rows: ys.length, tiles };
}

/** A last tile shorter than this share of a page is a sliver and is merged with the one before it. */
export const MIN_LAST_TILE = 0.25;

/** The start and length of each tile along one axis. */
function spansAlong(total: number, length: number, overlap: number): { start: number; length: number }[] {
  const count = countAlong(total, length, overlap);
  const step = length - overlap;
  const spans = Array.from({ length: count }, (_, i) => ({
    start: i * step,
    length: Math.max(0, Math.min(length, total - i * step)),
  }));
  const last = spans[count - 1];
  if (count >= 2 && last && last.length < MIN_LAST_TILE * length) {
    // The last two tiles cover [start of the one before, total] between them, overlapping as usual.
    const from = (count - 2) * step;
    const shared = (total - from + overlap) / 2;
    spans[count - 2] = { start: from, length: shared };
    spans[count - 1] = { start: total - shared, length: shared };
  }
  return spans;
}

/** How many tiles of `length` with `overlap` cover `total` (at least one). */
function countAlong(total: number, length: number, overlap: number): number {
  // A small tolerance so that floating-point noise does not add a sliver page.
  if (total <= length + 0.5) return 1;
  return Math.ceil((total - overlap - 0.5) / (length - overlap));
}
