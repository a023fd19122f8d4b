import type { Card, JourneyMap } from '../domain/journey-map';

/** A card placed in a stage x lane cell (as opposed to a free card with x/y). */
export type CellCard = Card & { stageId: string; laneId: string };

/** Identifies one stage x lane cell; use it as a `Map` key. */
export function cellKey(stageId: string, laneId: string): string {
  // Ids never contain a space (IdSchema), so the key is unambiguous.
  return `${stageId} ${laneId}`;
}

/** True when the card sits in a cell rather than free on the canvas. */
export function isCellCard(card: Card): card is CellCard {
  return card.stageId !== null && card.laneId !== null;
}

/** Sorts by `order`, keeping array order between equal orders so that sorting is deterministic. */
function byOrder(cards: Card[]): Card[] {
  return cards
    .map((card, index) => ({ card, index }))
    .sort((a, b) => a.card.order - b.card.order || a.index - b.index)
    .map((entry) => entry.card);
}

/**
 * The cards of one cell, sorted by `order` (top to bottom).
 *
 * @example
 * ```ts
 * const column = cardsInCell(map, stage.id, lane.id).map((card) => card.title);
 * ```
 */
export function cardsInCell(map: JourneyMap, stageId: string, laneId: string): Card[] {
  return byOrder(map.cards.filter((card) => card.stageId === stageId && card.laneId === laneId));
}

/**
 * Every cell's cards in one pass, keyed by {@link cellKey} and sorted by `order`. Free cards are left
 * out. Cheaper than calling {@link cardsInCell} for each cell of a large map.
 */
export function cardsByCell(map: JourneyMap): Map<string, Card[]> {
  const cells = new Map<string, Card[]>();
  for (const card of map.cards) {
    if (!isCellCard(card)) continue;
    const key = cellKey(card.stageId, card.laneId);
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }
  for (const [key, list] of cells) cells.set(key, byOrder(list));
  return cells;
}

/**
 * Gives the cards of the named cells a dense `order` 0..n-1 (in their current order). Only cards whose
 * order actually changes are copied; every other card keeps its identity, so undo snapshots and the
 * autosave diff see just the cards that moved.
 */
export function renumberCells(cards: readonly Card[], keys: ReadonlySet<string>): Card[] {
  if (keys.size === 0) return cards.slice();
  const cells = new Map<string, Card[]>();
  for (const card of cards) {
    if (!isCellCard(card)) continue;
    const key = cellKey(card.stageId, card.laneId);
    if (!keys.has(key)) continue;
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }
  const newOrder = new Map<Card, number>();
  for (const list of cells.values()) {
    byOrder(list).forEach((card, order) => {
      if (card.order !== order) newOrder.set(card, order);
    });
  }
  if (newOrder.size === 0) return cards.slice();
  return cards.map((card) => {
    const order = newOrder.get(card);
    return order === undefined ? card : { ...card, order };
  });
}

/**
 * Removes the cards matching `doomed` and every connection touching them, then renumbers the cells
 * they left. Returns the same map when nothing matches.
 */
export function removeCardsWhere(map: JourneyMap, doomed: (card: Card) => boolean): JourneyMap {
  const removedIds = new Set<string>();
  const touchedCells = new Set<string>();
  const kept: Card[] = [];
  for (const card of map.cards) {
    if (doomed(card)) {
      removedIds.add(card.id);
      if (isCellCard(card)) touchedCells.add(cellKey(card.stageId, card.laneId));
    } else {
      kept.push(card);
    }
  }
  if (removedIds.size === 0) return map;
  const connections = map.connections.filter(
    (connection) => !removedIds.has(connection.sourceId) && !removedIds.has(connection.targetId),
  );
  return {
    ...map,
    cards: renumberCells(kept, touchedCells),
    connections: connections.length === map.connections.length ? map.connections : connections,
  };
}
