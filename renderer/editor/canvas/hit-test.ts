import type { MapLayout } from '../../../shared/canvas/layout';

/** A point in flow coordinates (React Flow's canvas space, the space `computeLayout` works in). */
export interface FlowPoint {
  x: number;
  y: number;
}

/** A stage x lane cell and the index a dropped card takes among the cell's cards. */
export interface CellHit {
  stageId: string;
  laneId: string;
  index: number;
}

/** What lies under a point of the canvas. */
export type CanvasHit =
  | { area: 'cell'; cell: CellHit }
  | { area: 'stageHeader'; stageId: string }
  | { area: 'laneHeader'; laneId: string }
  | { area: 'corner' }
  | { area: 'outside' };

/**
 * Finds what is under a flow point: a cell (with the index a card dropped there would take), a
 * header, or nothing (outside the grid). Columns are searched by binary search so a drop on a big
 * map costs next to nothing.
 *
 * @param ignoreCardIds - Cards being dragged: they do not count when working out the drop index.
 */
export function hitTest(layout: MapLayout, point: FlowPoint, ignoreCardIds?: ReadonlySet<string>): CanvasHit {
  const { grid } = layout;
  if (
    point.x < grid.x ||
    point.y < grid.y ||
    point.x >= grid.x + grid.width ||
    point.y >= grid.y + grid.height
  ) {
    return { area: 'outside' };
  }
  const stage = findSpan(
    layout.stages,
    point.x,
    (s) => s.x,
    (s) => s.width,
  );
  const lane = findSpan(
    layout.lanes,
    point.y,
    (l) => l.y,
    (l) => l.height,
  );
  if (stage && lane) {
    return {
      area: 'cell',
      cell: {
        stageId: stage.id,
        laneId: lane.id,
        index: dropIndex(layout, stage.id, lane.id, point.y, ignoreCardIds),
      },
    };
  }
  if (stage) return { area: 'stageHeader', stageId: stage.id };
  if (lane) return { area: 'laneHeader', laneId: lane.id };
  return { area: 'corner' };
}

/** The span (column or row) containing `value`; spans are sorted and contiguous. */
function findSpan<T>(
  spans: readonly T[],
  value: number,
  start: (t: T) => number,
  size: (t: T) => number,
): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as T;
    const from = start(span);
    if (value < from) hi = mid - 1;
    else if (value >= from + size(span)) lo = mid + 1;
    else return span;
  }
  return undefined;
}

/**
 * Where in a cell a card dropped at height `y` goes: after every card of the cell whose middle is
 * above `y` (cards being dragged are left out, since they leave their place).
 */
function dropIndex(
  layout: MapLayout,
  stageId: string,
  laneId: string,
  y: number,
  ignore?: ReadonlySet<string>,
): number {
  let index = 0;
  for (const box of layout.cards) {
    if (box.cell === null || box.cell.stageId !== stageId || box.cell.laneId !== laneId) continue;
    if (ignore?.has(box.id)) continue;
    if (box.y + box.height / 2 < y) index += 1;
  }
  return index;
}

/**
 * Where a stage dropped at `x` is inserted: before the first column whose middle is right of `x`
 * (0..stages.length). Left of the grid inserts first, right of it appends.
 */
export function stageInsertIndex(layout: MapLayout, x: number): number {
  let index = 0;
  for (const column of layout.stages) {
    if (column.x + column.width / 2 < x) index += 1;
    else break;
  }
  return index;
}
