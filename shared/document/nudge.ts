import type { Card, JourneyMap } from '../domain/journey-map';
import { cardsInCell, cellKey, isCellCard } from './cells';
import { idSetOrThrow, invalidEdit } from './guards';
import { moveCard, reorderCell, setCardPositions } from './placement';

/** An arrow key. */
export type NudgeDirection = 'up' | 'down' | 'left' | 'right';

const DIRECTIONS: readonly NudgeDirection[] = ['up', 'down', 'left', 'right'];

/** How far one arrow press moves a free card, in canvas pixels (Shift typically uses 10x). */
export const NUDGE_STEP = 8;

/**
 * Moves the selected cards one step with the keyboard, as one edit:
 * - free cards move by `step` pixels;
 * - cell cards move up/down one place within their cell (a selected block moves together and stops
 *   at the edge), left/right into the same lane of the neighbouring stage, at the same index where
 *   possible; at the first or last stage they stay.
 *
 * @throws ApiError `invalid_input` for an unknown card id, direction or step.
 */
export function nudgeCards(
  map: JourneyMap,
  cardIds: readonly string[],
  direction: NudgeDirection,
  step: number = NUDGE_STEP,
): JourneyMap {
  if (!DIRECTIONS.includes(direction))
    invalidEdit(`Unknown direction "${String(direction)}".`, 'direction', 'edit_unknown_direction', {
      direction: String(direction),
    });
  if (typeof step !== 'number' || !Number.isFinite(step) || step <= 0 || step > 10_000) {
    invalidEdit('The step must be a positive number of pixels.', 'step', 'edit_step_not_positive');
  }
  const ids = idSetOrThrow(map.cards, cardIds, 'card', 'cardIds');
  const selected = map.cards.filter((card) => ids.has(card.id));
  const free = selected.filter((card) => !isCellCard(card));
  const inCells = selected.filter(isCellCard);

  let next = map;
  if (free.length > 0) {
    const dx = direction === 'left' ? -step : direction === 'right' ? step : 0;
    const dy = direction === 'up' ? -step : direction === 'down' ? step : 0;
    const clamp = (v: number): number => Math.min(1_000_000, Math.max(-1_000_000, v));
    next = setCardPositions(
      next,
      free.map((card) => ({ id: card.id, x: clamp((card.x ?? 0) + dx), y: clamp((card.y ?? 0) + dy) })),
    );
  }
  if (inCells.length === 0) return next;
  return direction === 'up' || direction === 'down'
    ? reorderWithinCells(next, inCells, ids, direction)
    : shiftStage(next, inCells, direction);
}

function reorderWithinCells(
  map: JourneyMap,
  selected: readonly (Card & { stageId: string; laneId: string })[],
  ids: ReadonlySet<string>,
  direction: 'up' | 'down',
): JourneyMap {
  const cells = new Map<string, { stageId: string; laneId: string }>();
  for (const card of selected) cells.set(cellKey(card.stageId, card.laneId), card);
  let next = map;
  for (const { stageId, laneId } of cells.values()) {
    const column = cardsInCell(next, stageId, laneId);
    // Swap each selected card with an unselected neighbour, scanning from the edge it moves towards,
    // so that a selected block slides as one and a card already at the edge holds the block back.
    const indexes = column.map((_, i) => i);
    if (direction === 'down') indexes.reverse();
    const delta = direction === 'up' ? -1 : 1;
    const order = column.slice();
    for (const i of indexes) {
      const card = order[i] as Card;
      const neighbour = order[i + delta];
      if (!ids.has(card.id) || neighbour === undefined || ids.has(neighbour.id)) continue;
      order[i + delta] = card;
      order[i] = neighbour;
    }
    next = reorderCell(
      next,
      stageId,
      laneId,
      order.map((card) => card.id),
    );
  }
  return next;
}

function shiftStage(
  map: JourneyMap,
  selected: readonly (Card & { stageId: string; laneId: string })[],
  direction: 'left' | 'right',
): JourneyMap {
  const stageIndex = new Map(map.stages.map((stage, i) => [stage.id, i]));
  let next = map;
  // Sorting by order keeps the selected cards of one cell in their order in the new cell.
  const sorted = selected.slice().sort((a, b) => a.order - b.order);
  for (const card of sorted) {
    const from = stageIndex.get(card.stageId);
    if (from === undefined) continue;
    const target = map.stages[from + (direction === 'left' ? -1 : 1)];
    if (target === undefined) continue;
    const current = next.cards.find((c) => c.id === card.id) as Card;
    const size = cardsInCell(next, target.id, card.laneId).length;
    next = moveCard(next, card.id, {
      stageId: target.id,
      laneId: card.laneId,
      index: Math.min(current.order, size),
    });
  }
  return next;
}

/**
 * Moves the selected cell cards into the same stage of the lane above or below (Alt+Up / Alt+Down),
 * appended to the end of that cell in their current order, as one edit. Cards in the first (last)
 * lane, and free cards, stay where they are.
 *
 * @throws ApiError `invalid_input` for an unknown card id or direction.
 */
export function moveCardsToNeighbourLane(
  map: JourneyMap,
  cardIds: readonly string[],
  direction: 'up' | 'down',
): JourneyMap {
  if (direction !== 'up' && direction !== 'down') {
    invalidEdit(`Unknown direction "${String(direction)}".`, 'direction', 'edit_unknown_direction', {
      direction: String(direction),
    });
  }
  const ids = idSetOrThrow(map.cards, cardIds, 'card', 'cardIds');
  const laneIndex = new Map(map.lanes.map((lane, i) => [lane.id, i]));
  const selected = map.cards
    .filter((card) => ids.has(card.id))
    .filter(isCellCard)
    .sort((a, b) => a.order - b.order);
  let next = map;
  for (const card of selected) {
    const from = laneIndex.get(card.laneId);
    if (from === undefined) continue;
    const target = map.lanes[from + (direction === 'up' ? -1 : 1)];
    if (target === undefined) continue;
    const size = cardsInCell(next, card.stageId, target.id).length;
    next = moveCard(next, card.id, { stageId: card.stageId, laneId: target.id, index: size });
  }
  return next;
}
