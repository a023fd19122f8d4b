import type { JourneyMap } from '../../../shared/domain';
import { cardsInCell, type CellPlacement } from '../../../shared/document';

/**
 * Where a card added to `cell` by a palette button goes: right after the one selected card when it
 * sits in that cell, as Enter in sticky-note capture does, so the new card appears where the user is
 * looking; otherwise at the end of the cell. In a cell of a hundred cards the end is far off screen:
 * the view had to jump there, and the facilitator lost the place they were working on.
 */
export function placeAfterSelection(
  map: JourneyMap,
  cell: { stageId: string; laneId: string },
  selectedCards: ReadonlySet<string>,
): CellPlacement {
  const place = { stageId: cell.stageId, laneId: cell.laneId };
  // Only cards still on the map count, as in canvas-actions' selectedCards(): a selected id can
  // outlive its card.
  const selected = map.cards.filter((c) => selectedCards.has(c.id));
  if (selected.length !== 1) return place;
  const [only] = selected;
  const index = cardsInCell(map, cell.stageId, cell.laneId).findIndex((c) => c.id === only?.id);
  return index < 0 ? place : { ...place, index: index + 1 };
}
