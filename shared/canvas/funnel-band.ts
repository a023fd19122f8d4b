import { CANVAS, type MapLayout, type Rect } from './layout';

/**
 * Sizes of the funnel band drawn on the canvas, in flow units. Text sizes live in metrics.css; they
 * are chosen so the smallest figure is still 14 px on screen when a six-stage map is fitted to a
 * 1920 x 1080 window (zoom about 0.6).
 */
export const FUNNEL_BAND = {
  /** Height of the band with its fewest lines (count, bar, share of the first stage, arrow). */
  height: 232,
  /** Where the arrows start, from the band's top (under the counts). */
  linkTop: 44,
  /** The arrow's glyph and conversion figure, in flow units. */
  linkHead: 64,
  /** One more line of text on an arrow (customers lost, a flag, a change, a sparkline). */
  line: 32,
  /** Space between the band and the first lane under it. */
  gap: 12,
  /** Space kept free at each side of a stage for the conversion arrow between two stages. */
  linkReserve: 96,
  /** A bar is never thinner than this, so a small but known count still shows. */
  minBarWidth: 8,
} as const;

/** Where one stage's part of the band is drawn. */
export interface FunnelBandStage {
  stageId: string;
  /** The stage column (left edge, width) and its centre, where the count and its bar sit. */
  x: number;
  width: number;
  centerX: number;
  /** The bar of the actual count, centred on the column; null when the count is unknown. */
  bar: { x: number; width: number } | null;
  /** The bar of the projected (what-if) count; null without a projection or when it is unknown. */
  projectedBar: { x: number; width: number } | null;
}

/** The arrow between two neighbouring stages, centred on the line between their columns. */
export interface FunnelBandLink {
  fromIndex: number;
  toIndex: number;
  /** The x of the column boundary the arrow sits on. */
  x: number;
  /** The room the arrow's label may take, centred on `x`. */
  width: number;
}

/**
 * The band's height when its fullest arrow carries `lines` lines under the conversion (customers
 * lost, leak and target flags, the change against the previous period, a sparkline): the band grows
 * so no arrow runs over the lanes under it.
 */
export function funnelBandHeight(lines: number): number {
  const needed = FUNNEL_BAND.linkTop + FUNNEL_BAND.linkHead + Math.max(0, lines) * FUNNEL_BAND.line + 16;
  return Math.max(FUNNEL_BAND.height, Math.ceil(needed));
}

export interface FunnelBandGeometry {
  /** The whole band, right under the stage header row (the lanes start below it, see `room`). */
  rect: Rect;
  /** The room the band takes between the stage header row and the first lane (its height and the
   *  gap after it): the `stageBandHeight` the map's layout is computed with while the band shows. */
  room: number;
  /** The band's legend, over the lane header column. */
  legend: Rect;
  stages: FunnelBandStage[];
  links: FunnelBandLink[];
}

const usable = (n: number | null | undefined): number | null =>
  typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null;

/**
 * Where the funnel band draws its bars and arrows: one bar per stage, as wide as its share of the
 * largest count (actual or projected, so both read on one scale), centred on the stage column so the
 * bars form a funnel; one arrow per pair of neighbouring stages on the line between them. The band
 * sits under the stage header row, so each stage's figures read straight down from its name. Pure,
 * so the canvas (and the frozen stage strip that carries the band) can place it from the layout;
 * only the stage columns are read, so the geometry can be worked out before the lanes are moved down
 * by {@link FunnelBandGeometry.room}.
 *
 * @param layout - The map's layout (only its stage columns are read).
 * @param counts - The actual count of each stage, in stage order; null when unknown.
 * @param projected - The what-if counts in stage order, or null when no what-if is active.
 * @param linkLines - Lines of text of the fullest arrow under its conversion (see {@link funnelBandHeight}).
 */
export function funnelBandGeometry(
  layout: Pick<MapLayout, 'stages'>,
  counts: readonly (number | null)[],
  projected: readonly (number | null)[] | null = null,
  linkLines = 0,
): FunnelBandGeometry {
  const known = [...counts, ...(projected ?? [])].map(usable).filter((n): n is number => n !== null);
  const largest = Math.max(0, ...known);
  const barOf = (column: { x: number; width: number }, count: number | null | undefined) => {
    const value = usable(count);
    if (value === null) return null;
    const room = Math.max(FUNNEL_BAND.minBarWidth, column.width - 2 * FUNNEL_BAND.linkReserve);
    const width =
      largest === 0 ? FUNNEL_BAND.minBarWidth : Math.max(FUNNEL_BAND.minBarWidth, (room * value) / largest);
    return { x: column.x + (column.width - width) / 2, width };
  };
  const stages = layout.stages.map((column, index): FunnelBandStage => ({
    stageId: column.id,
    x: column.x,
    width: column.width,
    centerX: column.x + column.width / 2,
    bar: barOf(column, counts[index]),
    projectedBar: projected === null ? null : barOf(column, projected[index]),
  }));
  const links = layout.stages.slice(1).map((column, index): FunnelBandLink => {
    const before = layout.stages[index] as { width: number };
    // The label may use the reserved room on both sides of the boundary, never more than either
    // column offers (narrow stages give a narrower label, which then wraps).
    const half = Math.min(FUNNEL_BAND.linkReserve, before.width / 2, column.width / 2);
    return { fromIndex: index, toIndex: index + 1, x: column.x, width: 2 * half };
  });
  const height = funnelBandHeight(linkLines);
  const room = height + FUNNEL_BAND.gap;
  // The layout moves the header row up by the band's room (see computeLayout): the band ends a gap
  // above the first lane, which stays at the header row's height.
  const top = CANVAS.stageHeaderHeight - room;
  const right = layout.stages.at(-1);
  const width = right === undefined ? CANVAS.laneHeaderWidth : right.x + right.width;
  return {
    rect: { x: 0, y: top, width, height },
    room,
    legend: { x: 0, y: top, width: CANVAS.laneHeaderWidth, height },
    stages,
    links,
  };
}
