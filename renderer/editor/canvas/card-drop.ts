import type { MapLayout } from '../../../shared/canvas/layout';
import type { JourneyMap } from '../../../shared/domain';
import { moveCard, moveCards } from '../../../shared/document';
import { hitTest, type CellHit, type FlowPoint } from './hit-test';

/** A dragged card and where its node was let go (top-left, flow coordinates). */
export interface DraggedCard {
  id: string;
  x: number;
  y: number;
}

/** What a card drop does: one edit to apply (and the cell it went to), or nothing (snap back). */
export type CardDrop = { edit: (map: JourneyMap) => JourneyMap; cell: CellHit | null } | null;

/**
 * Works out what letting go of dragged cards at `point` (the pointer) means, as one edit:
 * - onto a cell: the cards move there at the drop index, in their current left-to-right,
 *   top-to-bottom order (a multi-selection keeps its order);
 * - outside the grid: they become free cards where their nodes were let go (a "parking lot" beside
 *   the map is common in workshops, and free cards are part of the model);
 * - onto a header or the corner: nothing; the cards snap back.
 */
export function planCardDrop(layout: MapLayout, dragged: readonly DraggedCard[], point: FlowPoint): CardDrop {
  if (dragged.length === 0) return null;
  const ids = new Set(dragged.map((d) => d.id));
  const hit = hitTest(layout, point, ids);
  if (hit.area === 'cell') {
    const boxes = new Map(layout.cards.map((b) => [b.id, b]));
    const ordered = dragged
      .map((d) => d.id)
      .sort((a, b) => {
        const ba = boxes.get(a);
        const bb = boxes.get(b);
        return (ba?.x ?? 0) - (bb?.x ?? 0) || (ba?.y ?? 0) - (bb?.y ?? 0);
      });
    const [only] = ordered;
    return {
      cell: hit.cell,
      edit: (map) =>
        ordered.length === 1 && only !== undefined
          ? moveCard(map, only, hit.cell)
          : moveCards(map, ordered, hit.cell),
    };
  }
  if (hit.area === 'outside') {
    return {
      cell: null,
      edit: (map) => dragged.reduce((next, { id, x, y }) => moveCard(next, id, { x, y }), map),
    };
  }
  return null;
}
