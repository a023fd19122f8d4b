import { liveCanvasLayout } from './canvas-layout';
import type { CardKind, JourneyMap } from '../../../shared/domain';
import {
  addCard,
  addStage,
  copySelection,
  createCard,
  cutSelection,
  duplicateCards,
  moveCardsToNeighbourLane,
  nudgeCards,
  parseClipboardText,
  pasteClipboard,
  removeCards,
  removeConnections,
  serializeClipboard,
  updateCard,
  type CardPatch,
  type CardPlacement,
  type NudgeDirection,
  type PasteResult,
} from '../../../shared/document';
import { i18next } from '../../i18n/i18n';
import { usePersonaStore } from '../../personas/persona-store';
import { currentMap, editDocument } from '../store/edit-document';
import { type CellRef, editorUi as ui } from '../store/editor-ui-store';
import { readClipboard, writeClipboard } from './clipboard-memory';
import { placeAfterSelection } from './new-card-place';

/** The cell palette buttons and paste use: the selected one if it still exists, else the first. */
export function targetCell(map: JourneyMap, selected: CellRef | null): CellRef | null {
  if (
    selected &&
    map.stages.some((s) => s.id === selected.stageId) &&
    map.lanes.some((l) => l.id === selected.laneId)
  ) {
    return selected;
  }
  const stage = map.stages[0];
  const lane = map.lanes[0];
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}

/** Where a card goes when there is no cell at all: below the grid, like other unplaced cards. */
function freeSpot(map: JourneyMap): CardPlacement {
  // Below the lanes the canvas draws (under the funnel band while it shows), not under the band.
  const layout = liveCanvasLayout(map);
  const free = map.cards.filter((c) => c.stageId === null || c.laneId === null).length;
  return { x: free * 252, y: layout.grid.y + layout.grid.height + 48 };
}

/**
 * Adds a new card of `kind` (titled in the UI language) at `placement`, or in the selected cell
 * (after the selected card, see {@link placeAfterSelection}), selects it and opens its title for
 * typing at once (the card's title field takes the focus with the default title selected: typing
 * replaces it, Enter commits, Escape keeps the default). Returns its id, or null when the edit was
 * refused.
 */
export function addCardOfKind(kind: CardKind, placement?: CardPlacement): string | null {
  const map = currentMap();
  if (!map) return null;
  const cell = targetCell(map, ui().selectedCell);
  const where: CardPlacement =
    placement ?? (cell ? placeAfterSelection(map, cell, ui().selection.cards) : freeSpot(map));
  const title = i18next.t(`canvas.newTitle.${kind}`);
  let id: string | null = null;
  const applied = editDocument((m) => {
    const card = createCard(kind, { title });
    id = card.id;
    return addCard(m, card, where);
  });
  if (!applied || id === null) return null;
  if ('stageId' in where) ui().setSelectedCell({ stageId: where.stageId, laneId: where.laneId });
  ui().selectCards([id]);
  // No focus request for the node: it would take the focus from the title field once drawn. The
  // field gives it to the node when editing ends with Enter or Escape.
  ui().editCard(id);
  return id;
}

/** Inserts a new stage at `at` (after the selected cell's stage by default). */
export function addStageAt(at?: number): boolean {
  const map = currentMap();
  if (!map) return false;
  const cell = targetCell(map, ui().selectedCell);
  const index = at ?? (cell ? map.stages.findIndex((s) => s.id === cell.stageId) + 1 : map.stages.length);
  let stageId = '';
  const applied = editDocument((m) => {
    const next = addStage(m, { name: i18next.t('canvas.newTitle.stage'), at: index });
    stageId = next.stages[index]?.id ?? '';
    return next;
  });
  const lane = currentMap()?.lanes[0];
  if (applied && stageId && lane) ui().setSelectedCell({ stageId, laneId: cell?.laneId ?? lane.id });
  return applied;
}

/** The selected cards still on the open map, in map order (none without a map). */
function selectedCards(): string[] {
  const ids = ui().selection.cards;
  return (currentMap()?.cards ?? []).filter((c) => ids.has(c.id)).map((c) => c.id);
}

/** The selected connections still on the open map. */
function selectedConnections(): string[] {
  const ids = ui().selection.connections;
  return (currentMap()?.connections ?? []).filter((c) => ids.has(c.id)).map((c) => c.id);
}

/** Deletes the selected cards and connections as one edit. */
export function deleteSelection(): boolean {
  const cards = selectedCards();
  const connections = selectedConnections();
  if (cards.length === 0 && connections.length === 0) return false;
  const applied = editDocument((m) => {
    // Connections first: removing a card also removes its connections, which would make ids stale.
    const withoutConnections = connections.length > 0 ? removeConnections(m, connections) : m;
    return cards.length > 0 ? removeCards(withoutConnections, cards) : withoutConnections;
  });
  if (applied) ui().selectItems([], []);
  return applied;
}

/** Selects every card of the map. */
export function selectAll(): void {
  const map = currentMap();
  if (map) ui().selectCards(map.cards.map((c) => c.id));
}

/** Copies the selected cards (system clipboard and the in-memory copy). */
export async function copySelected(): Promise<boolean> {
  const map = currentMap();
  const ids = selectedCards();
  if (!map || ids.length === 0) return false;
  await writeClipboard(serializeClipboard(copySelection(map, ids)));
  return true;
}

/** Cuts the selected cards: copies them, then deletes them in one edit. */
export async function cutSelected(): Promise<boolean> {
  const ids = selectedCards();
  if (ids.length === 0) return false;
  let text = '';
  const applied = editDocument((m) => {
    const { payload, map: next } = cutSelection(m, ids);
    text = serializeClipboard(payload);
    return next;
  });
  if (applied) {
    ui().selectItems([], []);
    await writeClipboard(text);
  }
  return applied;
}

function isOurs(text: string): boolean {
  try {
    return parseClipboardText(text) !== null;
  } catch {
    return true; // ours but broken: let paste report why
  }
}

function selectPasted(result: PasteResult | null): void {
  if (!result || result.newCardIds.length === 0) return;
  ui().selectCards(result.newCardIds);
  ui().requestFocus(result.newCardIds[0] ?? null);
}

/** Pastes copied cards: to their own cells when this map has them, else to the selected cell. */
export async function pasteCards(): Promise<boolean> {
  const text = await readClipboard(isOurs);
  const map = currentMap();
  if (!map || text === null) return false;
  const cell = targetCell(map, ui().selectedCell);
  let result: PasteResult | null = null;
  const applied = editDocument((m) => {
    const payload = parseClipboardText(text);
    if (payload === null) return m;
    result = pasteClipboard(
      m,
      payload,
      cell ? { targetStageId: cell.stageId, targetLaneId: cell.laneId } : {},
    );
    return result.map;
  });
  if (applied) selectPasted(result);
  return applied;
}

/** Duplicates the selected cards into their cells. */
export function duplicateSelected(): boolean {
  const ids = selectedCards();
  if (ids.length === 0) return false;
  let result: PasteResult | null = null;
  const applied = editDocument((m) => {
    result = duplicateCards(m, ids);
    return result.map;
  });
  if (applied) selectPasted(result);
  return applied;
}

/** Moves the selected cards to the same stage of the lane above or below (Alt+Up / Alt+Down). */
export function moveSelectedToLane(direction: 'up' | 'down'): boolean {
  const ids = selectedCards();
  if (ids.length === 0) return false;
  const applied = editDocument((m) => moveCardsToNeighbourLane(m, ids, direction));
  if (applied) followMovedCards(ids);
  return applied;
}

/** Moves the selected cards one step (within their cell, or to the neighbouring stage). */
export function nudgeSelected(direction: NudgeDirection, big: boolean): boolean {
  const ids = selectedCards();
  if (ids.length === 0) return false;
  const applied = editDocument((m) => nudgeCards(m, ids, direction, big ? 80 : 8));
  if (applied) followMovedCards(ids);
  return applied;
}

/** After a keyboard move: the first card's cell becomes the target cell, and focus follows it. */
function followMovedCards(ids: readonly string[]): void {
  const first = currentMap()?.cards.find((c) => c.id === ids[0]);
  if (first?.stageId && first.laneId) ui().setSelectedCell({ stageId: first.stageId, laneId: first.laneId });
  // The moved card's node keeps its id; focus follows it so the next arrow press works on it.
  ui().requestFocus(ids[0] ?? null);
}

/**
 * Raises or lowers what a selected card measures: an emotion's score (-2..2), a pain point's
 * severity or an opportunity's impact (1..3). Values stop at their ends. One edit for all.
 */
export function changeLevel(delta: 1 | -1): boolean {
  const ids = new Set(selectedCards());
  if (ids.size === 0) return false;
  return editDocument((m) => {
    let next = m;
    for (const card of m.cards) {
      if (!ids.has(card.id)) continue;
      let patch: CardPatch | null = null;
      if (card.kind === 'emotion') patch = { score: clamp(card.score + delta, -2, 2) };
      else if (card.kind === 'painPoint') patch = { severity: clamp(card.severity + delta, 1, 3) };
      else if (card.kind === 'opportunity') patch = { impact: clamp(card.impact + delta, 1, 3) };
      if (patch) next = updateCard(next, card.id, patch);
    }
    return next;
  });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Opens a card's title for typing in place (double-click, Enter). A persona card linked to a library
 * persona has no title of its own to type (it is called by the persona's name), so the focus goes
 * to the inspector's persona picker instead, once the inspector shows the card.
 */
export function editTitle(cardId: string): void {
  const card = currentMap()?.cards.find((c) => c.id === cardId);
  if (!card) return;
  const linked =
    card.kind === 'persona' &&
    card.personaId !== null &&
    usePersonaStore.getState().personas.some((p) => p.id === card.personaId);
  if (!linked) {
    ui().editCard(cardId);
    return;
  }
  requestAnimationFrame(() => {
    // The inspector's persona picker (CardInspector) carries this attribute.
    document.querySelector<HTMLElement>('[data-persona-picker]')?.focus();
  });
}

/** Commits an in-place title edit (one edit; nothing when unchanged). */
export function commitTitle(cardId: string, title: string): boolean {
  return editDocument((m) => updateCard(m, cardId, { title }));
}
