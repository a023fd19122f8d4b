import { z } from 'zod';
import type { Card, JourneyMap } from '../domain/journey-map';
import { cardsInCell, cellKey, isCellCard } from './cells';
import {
  cardIndexOrThrow,
  idSetOrThrow,
  indexOrThrow,
  invalidEdit,
  laneIndexOrThrow,
  parseOrThrow,
  stageIndexOrThrow,
} from './guards';

/** A place in a stage x lane cell; `index` is the position in the cell, appended when left out. */
export interface CellPlacement {
  stageId: string;
  laneId: string;
  index?: number;
}

/** A place free on the canvas, in canvas coordinates. */
export interface FreePlacement {
  x: number;
  y: number;
}

/** Where a card goes: into a cell or free on the canvas. */
export type CardPlacement = CellPlacement | FreePlacement;

const CoordinateSchema = z.number().finite().min(-1_000_000).max(1_000_000);
const FreePlacementSchema = z.object({ x: CoordinateSchema, y: CoordinateSchema });

/** True for a placement in a cell. */
export function isCellPlacement(placement: CardPlacement): placement is CellPlacement {
  return 'stageId' in placement;
}

function samePlace(a: Card, b: Card): boolean {
  return (
    a.stageId === b.stageId && a.laneId === b.laneId && a.order === b.order && a.x === b.x && a.y === b.y
  );
}

/**
 * Computes where cards end up when `moving` (already stripped of their old place) are inserted into
 * a cell, and returns the changed cards by id. Cards of the cells the movers left are renumbered too.
 * Cards whose place does not change are not in the result, so they keep their identity.
 */
function planCellInsert(map: JourneyMap, moving: readonly Card[], target: CellPlacement): Map<string, Card> {
  stageIndexOrThrow(map, target.stageId, 'stageId');
  laneIndexOrThrow(map, target.laneId, 'laneId');
  const movingIds = new Set(moving.map((card) => card.id));
  const targetKey = cellKey(target.stageId, target.laneId);
  const changes = new Map<string, Card>();
  const setOrder = (card: Card, order: number): void => {
    if (card.order !== order) changes.set(card.id, { ...card, order });
  };

  const leftCells = new Set<string>();
  for (const card of map.cards) {
    if (movingIds.has(card.id) && isCellCard(card)) leftCells.add(cellKey(card.stageId, card.laneId));
  }
  leftCells.delete(targetKey);
  for (const key of leftCells) {
    const [stageId = '', laneId = ''] = key.split(' ');
    cardsInCell(map, stageId, laneId)
      .filter((card) => !movingIds.has(card.id))
      .forEach(setOrder);
  }

  const stay = cardsInCell(map, target.stageId, target.laneId).filter((card) => !movingIds.has(card.id));
  const index = target.index === undefined ? stay.length : indexOrThrow(target.index, stay.length, 'index');
  const placed = moving.map((card): Card => ({
    ...card,
    stageId: target.stageId,
    laneId: target.laneId,
    x: null,
    y: null,
  }));
  const column = [...stay.slice(0, index), ...placed, ...stay.slice(index)];
  column.forEach((card, order) => {
    if (movingIds.has(card.id)) changes.set(card.id, { ...card, order });
    else setOrder(card, order);
  });
  return changes;
}

/** Replaces changed cards in place (keeping array order) and appends the new ones. */
function applyChanges(map: JourneyMap, changes: Map<string, Card>, added: readonly Card[] = []): JourneyMap {
  let changed = added.length > 0;
  const cards = map.cards.map((card) => {
    const next = changes.get(card.id);
    if (next === undefined || samePlace(next, card)) return card;
    changed = true;
    return next;
  });
  if (!changed) return map;
  return { ...map, cards: added.length > 0 ? cards.concat(added) : cards };
}

/**
 * Inserts a card that is not yet in the map at `placement`, renumbering the target cell densely.
 * Validation of the card itself is the caller's job (see `addCard`).
 */
export function insertNewCard(map: JourneyMap, card: Card, placement: CardPlacement): JourneyMap {
  if (isCellPlacement(placement)) {
    const changes = planCellInsert(map, [card], placement);
    const placed = changes.get(card.id) as Card;
    changes.delete(card.id);
    return applyChanges(map, changes, [placed]);
  }
  const { x, y } = parseOrThrow(FreePlacementSchema, placement, 'position');
  return { ...map, cards: map.cards.concat({ ...card, stageId: null, laneId: null, order: 0, x, y }) };
}

/**
 * Moves one card: into a cell at an index (drag to another cell, or within its cell), or free on the
 * canvas. The cell it left and the cell it enters are both renumbered 0..n-1. Returns the same map when
 * the card does not actually move.
 *
 * @throws ApiError `invalid_input` for an unknown card, stage or lane, an index outside the target
 * cell (0..n, where n excludes the card itself) or a non-finite position.
 */
export function moveCard(map: JourneyMap, cardId: string, placement: CardPlacement): JourneyMap {
  const card = map.cards[cardIndexOrThrow(map, cardId)] as Card;
  if (isCellPlacement(placement)) return applyChanges(map, planCellInsert(map, [card], placement));
  const { x, y } = parseOrThrow(FreePlacementSchema, placement, 'position');
  const changes = new Map<string, Card>();
  if (isCellCard(card)) {
    cardsInCell(map, card.stageId, card.laneId)
      .filter((other) => other.id !== card.id)
      .forEach((other, order) => {
        if (other.order !== order) changes.set(other.id, { ...other, order });
      });
  }
  changes.set(card.id, { ...card, stageId: null, laneId: null, order: 0, x, y });
  return applyChanges(map, changes);
}

/**
 * Moves several cards into one cell at `index`, keeping the order of `cardIds` (a multi-selection
 * dragged onto a cell). Cards from any cell or free on the canvas may take part.
 */
export function moveCards(map: JourneyMap, cardIds: readonly string[], target: CellPlacement): JourneyMap {
  const ids = idSetOrThrow(map.cards, cardIds, 'card', 'cardIds');
  const byId = new Map(map.cards.map((card) => [card.id, card]));
  const moving = [...ids].map((id) => byId.get(id) as Card);
  return applyChanges(map, planCellInsert(map, moving, target));
}

/**
 * Sets the positions of free cards at the end of a drag, in one edit (one undo step). Cell cards are
 * refused: their position comes from the layout, use {@link moveCard} to take them out of their cell.
 */
export function setCardPositions(
  map: JourneyMap,
  positions: readonly { id: string; x: number; y: number }[],
): JourneyMap {
  const byId = new Map(map.cards.map((card) => [card.id, card]));
  const changes = new Map<string, Card>();
  positions.forEach((position, i) => {
    const card = byId.get(position.id);
    if (card === undefined) return void cardIndexOrThrow(map, position.id, `positions.${i}.id`);
    if (isCellCard(card)) {
      invalidEdit(
        `Card "${card.id}" sits in a cell; move it out of the cell first.`,
        `positions.${i}.id`,
        'edit_card_in_cell',
        {
          id: card.id,
        },
      );
    }
    const { x, y } = parseOrThrow(FreePlacementSchema, position, `position ${i}`);
    changes.set(card.id, { ...card, x, y });
  });
  return applyChanges(map, changes);
}

/**
 * Puts the cards of one cell in the given order (a permutation of the cell's card ids) and numbers
 * them 0..n-1. Returns the same map when the order does not change.
 *
 * @throws ApiError `invalid_input` when the ids are not exactly the cell's cards.
 */
export function reorderCell(
  map: JourneyMap,
  stageId: string,
  laneId: string,
  orderedIds: readonly string[],
): JourneyMap {
  stageIndexOrThrow(map, stageId, 'stageId');
  laneIndexOrThrow(map, laneId, 'laneId');
  const column = cardsInCell(map, stageId, laneId);
  const byId = new Map(column.map((card) => [card.id, card]));
  const seen = new Set<string>();
  orderedIds.forEach((id, i) => {
    if (!byId.has(id) || seen.has(id)) {
      invalidEdit(
        `Card "${String(id)}" is not in this cell or is listed twice.`,
        `orderedIds.${i}`,
        'edit_not_in_cell',
        {
          id: String(id),
        },
      );
    }
    seen.add(id);
  });
  if (seen.size !== column.length) {
    invalidEdit(
      `The new order lists ${seen.size} of the cell's ${column.length} cards.`,
      'orderedIds',
      'edit_order_incomplete',
      {
        listed: seen.size,
        total: column.length,
      },
    );
  }
  const changes = new Map<string, Card>();
  orderedIds.forEach((id, order) => {
    const card = byId.get(id) as Card;
    if (card.order !== order) changes.set(id, { ...card, order });
  });
  return applyChanges(map, changes);
}
