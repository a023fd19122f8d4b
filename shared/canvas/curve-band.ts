import { CANVAS, type LaneRow, type MapLayout } from './layout';

/** The least height the emotion curve needs to read -2..+2 apart. */
export const MIN_CURVE_BAND = CANVAS.curveBand;

/** A horizontal band of a lane: its top edge and height, in flow units. */
export interface CurveBand {
  top: number;
  height: number;
}

/**
 * Where in the emotions lane the emotion curve is drawn: the free band below the lane's stacked cards
 * when it is at least {@link MIN_CURVE_BAND} tall, so the line never runs over card titles; else the
 * whole lane. Every surface that draws the curve over the map (canvas, PNG, print view) uses this, so
 * the curve sits in the same place everywhere.
 *
 * @param row - The lane the curve is drawn in (the map's first lane of kind "emotions").
 */
export function curveBand(layout: Pick<MapLayout, 'cards'>, row: LaneRow): CurveBand {
  const perStage = new Map<string, number>();
  for (const box of layout.cards) {
    if (box.cell?.laneId === row.id)
      perStage.set(box.cell.stageId, (perStage.get(box.cell.stageId) ?? 0) + 1);
  }
  const fullest = Math.max(0, ...perStage.values());
  const top = row.y + CANVAS.cellPadding + fullest * (CANVAS.cardHeight + CANVAS.cardGap);
  const height = row.y + row.height - top;
  return height >= MIN_CURVE_BAND ? { top, height } : { top: row.y, height: row.height };
}
