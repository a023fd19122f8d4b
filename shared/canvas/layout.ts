import type { Card, JourneyMap } from '../domain';

/** Fixed sizes of the canvas grid, in flow units (React Flow's coordinate space). */
export const CANVAS = {
  /** Height of the stage header row across the top. */
  stageHeaderHeight: 64,
  /** Width of the lane header column down the left. */
  laneHeaderWidth: 200,
  /** Space between a cell's border and its cards. */
  cellPadding: 16,
  /** Every card in a cell has this height, so a cell's size follows from its card count. Tall enough
   *  for two lines of title in the overview type (shared/canvas/reading-density.ts). */
  cardHeight: 92,
  /** Vertical gap between stacked cards of one cell. */
  cardGap: 12,
  /** Width of a free card (one not in a cell). */
  freeCardWidth: 240,
  /** Gap between the grid and free cards that have no position of their own. */
  freeCardMargin: 48,
  /** The least height the emotion curve needs to read -2..+2 apart, below the emotion cards. */
  curveBand: 72,
} as const;

/** A stage column: its left edge and width. */
export interface StageColumn {
  id: string;
  x: number;
  width: number;
}

/** A lane row: its top edge and height (grown to fit its fullest cell). */
export interface LaneRow {
  id: string;
  y: number;
  height: number;
}

/** Where one card is drawn; `cell` is null for a free card. */
export interface CardBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  cell: { stageId: string; laneId: string } | null;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The geometry of a whole map. */
export interface MapLayout {
  stages: StageColumn[];
  lanes: LaneRow[];
  cards: CardBox[];
  /** The rectangle of stage headers, lane headers and cells: from (0, -stageBandHeight); the lanes
   *  always start at `CANVAS.stageHeaderHeight`. */
  grid: Rect;
  /** Everything drawn, including free cards outside the grid. */
  bounds: Rect;
  /**
   * The band under the stage header row (the funnel band) and the gap after it, in flow units: the
   * header row starts that much above 0 (at `grid.y`), the band follows it, and the lanes start at
   * `CANVAS.stageHeaderHeight` whatever the band. 0 when no band is shown.
   */
  stageBandHeight: number;
}

export interface LayoutOptions {
  /**
   * Room for a band drawn between the stage header row and the first lane (the funnel band, with its
   * gap to the lanes), in flow units. 0 (the default) when no band shows, so nothing moves then.
   */
  stageBandHeight?: number;
}

/** The height a cell needs for `count` stacked cards (never less than the padding). */
export function cellHeightFor(count: number): number {
  if (count <= 0) return 2 * CANVAS.cellPadding;
  return 2 * CANVAS.cellPadding + count * CANVAS.cardHeight + (count - 1) * CANVAS.cardGap;
}

const cellKey = (stageId: string, laneId: string): string => `${stageId}\u0000${laneId}`;

/**
 * Computes where every stage, lane and card of a map is drawn. Pure: the same map gives the same
 * layout, so the canvas, the exports and the drag-and-drop of the editor can share it.
 *
 * - Stages are columns left to right in map order, after a lane header column; each keeps its width.
 * - Lanes are rows top to bottom under a stage header row (and under the band `options.stageBandHeight`
 *   makes room for right under it, the funnel band: the header row moves up by it, the lanes stay);
 *   a lane grows beyond its stored height
 *   to fit the fullest of its cells, so cards never overlap (the first emotions lane also keeps a band
 *   for the emotion curve below its cards, so the curve never runs over their titles).
 * - Cards of one cell stack vertically by `order` (ties keep map order), each with a fixed height.
 * - A card whose stage or lane is missing (free, or pointing at a removed one) is free: it keeps
 *   its `x`/`y`, or without them it is lined up below the grid.
 *
 * @example
 * const layout = computeLayout(map);
 * layout.cards.find((c) => c.id === cardId); // { x, y, width, height, cell }
 */
export function computeLayout(
  map: Pick<JourneyMap, 'stages' | 'lanes' | 'cards'>,
  options: LayoutOptions = {},
): MapLayout {
  return withStageBand(plainLayout(map), options.stageBandHeight ?? 0);
}

/**
 * `layout` (one without a band) with room for a band under the stage header row: the header row
 * and the grid's top move up by `room`; no column, lane or card moves. So a canvas whose band comes
 * or goes takes its plain layout and this, and lays out none of its cards again (3.5 ms at 1,000).
 */
export function withStageBand(layout: MapLayout, room: number): MapLayout {
  const stageBandHeight = Number.isFinite(room) && room > 0 ? room : 0;
  if (stageBandHeight === layout.stageBandHeight) return layout;
  if (layout.stageBandHeight !== 0) throw new Error('withStageBand takes a layout without a band.');
  const { grid, bounds } = layout;
  const top = Math.min(bounds.y, -stageBandHeight);
  return {
    ...layout,
    grid: { x: grid.x, y: -stageBandHeight, width: grid.width, height: grid.height + stageBandHeight },
    bounds: { x: bounds.x, y: top, width: bounds.width, height: bounds.y + bounds.height - top },
    stageBandHeight,
  };
}

/** The layout without a band (see {@link computeLayout}). */
function plainLayout(map: Pick<JourneyMap, 'stages' | 'lanes' | 'cards'>): MapLayout {
  const stageIds = new Set(map.stages.map((s) => s.id));
  const laneIds = new Set(map.lanes.map((l) => l.id));

  // Group the cards by cell first: a lane's height depends on its fullest cell.
  const byCell = new Map<string, Card[]>();
  const free: Card[] = [];
  for (const card of map.cards) {
    if (
      card.stageId !== null &&
      card.laneId !== null &&
      stageIds.has(card.stageId) &&
      laneIds.has(card.laneId)
    ) {
      const key = cellKey(card.stageId, card.laneId);
      const list = byCell.get(key);
      if (list) list.push(card);
      else byCell.set(key, [card]);
    } else {
      free.push(card);
    }
  }
  for (const list of byCell.values()) {
    // Array.prototype.sort is stable, so equal orders keep map order.
    list.sort((a, b) => a.order - b.order);
  }

  const stages: StageColumn[] = [];
  let x: number = CANVAS.laneHeaderWidth;
  for (const stage of map.stages) {
    stages.push({ id: stage.id, x, width: stage.width });
    x += stage.width;
  }
  const gridWidth = x;

  const lanes: LaneRow[] = [];
  // The band's room goes ABOVE the lanes' place, not into it: the stage header row moves up (the
  // grid starts at -stageBandHeight) and the lanes and cards stay where they are, so showing or
  // hiding the funnel band moves no card (at 1,000 cards, moving them all took 0.2 s).
  let y: number = CANVAS.stageHeaderHeight;
  // The emotion curve is drawn in the first emotions lane, below its cards (see curveBand).
  const curveLaneId = map.lanes.find((l) => l.kind === 'emotions')?.id;
  for (const lane of map.lanes) {
    let fullest = 0;
    for (const stage of map.stages) {
      fullest = Math.max(fullest, byCell.get(cellKey(stage.id, lane.id))?.length ?? 0);
    }
    const needed =
      lane.id === curveLaneId && fullest > 0
        ? CANVAS.cellPadding + fullest * (CANVAS.cardHeight + CANVAS.cardGap) + CANVAS.curveBand
        : cellHeightFor(fullest);
    const height = Math.max(lane.height, needed);
    lanes.push({ id: lane.id, y, height });
    y += height;
  }
  const gridHeight = y;

  const cards: CardBox[] = [];
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const laneById = new Map(lanes.map((l) => [l.id, l]));
  for (const [, list] of byCell) {
    list.forEach((card, index) => {
      // Both exist: byCell only holds cards whose stage and lane are in the map.
      const column = stageById.get(card.stageId as string) as StageColumn;
      const row = laneById.get(card.laneId as string) as LaneRow;
      cards.push({
        id: card.id,
        x: column.x + CANVAS.cellPadding,
        y: row.y + CANVAS.cellPadding + index * (CANVAS.cardHeight + CANVAS.cardGap),
        width: column.width - 2 * CANVAS.cellPadding,
        height: CANVAS.cardHeight,
        cell: { stageId: column.id, laneId: row.id },
      });
    });
  }

  let unplacedIndex = 0;
  for (const card of free) {
    let fx: number;
    let fy: number;
    if (card.x !== null && card.y !== null) {
      fx = card.x;
      fy = card.y;
    } else {
      fx = unplacedIndex * (CANVAS.freeCardWidth + CANVAS.cardGap);
      fy = gridHeight + CANVAS.freeCardMargin;
      unplacedIndex += 1;
    }
    cards.push({
      id: card.id,
      x: fx,
      y: fy,
      width: CANVAS.freeCardWidth,
      height: CANVAS.cardHeight,
      cell: null,
    });
  }

  // Keep the map's card order in the output so callers can zip it with map.cards cheaply.
  const position = new Map(map.cards.map((c, i) => [c.id, i]));
  cards.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));

  const grid: Rect = { x: 0, y: 0, width: gridWidth, height: gridHeight };
  let minX = 0;
  let minY = 0;
  let maxX = gridWidth;
  let maxY = gridHeight;
  for (const box of cards) {
    if (box.cell !== null) continue;
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  }
  return {
    stages,
    lanes,
    cards,
    grid,
    bounds: { x: minX, y: minY, width: maxX - minX, height: maxY - minY },
    stageBandHeight: 0,
  };
}
