import { cardsInCell, removeCards, updateCard } from '../../../shared/document';
import { cardKindForLane, type JourneyMap } from '../../../shared/domain';
import { i18next } from '../../i18n/i18n';
import { amendLastEdit, currentMap, discardLastEdit, editDocument } from '../store/edit-document';
import { editorUi as ui } from '../store/editor-ui-store';
import { addCardOfKind } from './canvas-actions';

/**
 * Sticky-note capture: a double-click on a cell adds a card of the lane's kind there with its title
 * open; Enter saves it and starts the next one below it, Escape saves it and stops. A card left
 * empty or with its default title is taken back when capture ends on it. Each card (with the title
 * typed into it) is one undo step.
 */
interface CaptureSession {
  cardId: string;
  stageId: string;
  laneId: string;
  defaultTitle: string;
  /** The map right after the card was added: the title is folded into that step only if nothing came between. */
  added: JourneyMap;
  /** Started by Enter on the card before, not by the user's double-click. */
  chained: boolean;
}

/** The card being captured now (only ever one title field is open). */
let session: CaptureSession | null = null;

/** True while `cardId` is the card capture just added (its title field ends capture, not a plain edit). */
export function isCapturing(cardId: string): boolean {
  return session?.cardId === cardId;
}

/**
 * Adds a card of the lane's kind at `index` of the cell and opens its title for typing. Returns the
 * card's id, or null when the cell is gone or the edit was refused.
 */
export function startCapture(
  cell: { stageId: string; laneId: string; index?: number },
  chained = false,
): string | null {
  const map = currentMap();
  const lane = map?.lanes.find((l) => l.id === cell.laneId);
  if (!map || !lane || !map.stages.some((s) => s.id === cell.stageId)) return null;
  const kind = cardKindForLane(lane.kind);
  const cardId = addCardOfKind(kind, cell);
  const added = currentMap();
  session =
    cardId && added
      ? {
          cardId,
          stageId: cell.stageId,
          laneId: cell.laneId,
          defaultTitle: i18next.t(`canvas.newTitle.${kind}`),
          added,
          chained,
        }
      : null;
  return cardId;
}

/** How the captured card's title field was left. */
export type CaptureEnd = 'next' | 'stop' | 'blur';

/**
 * Ends the captured card's title edit with `title`: saves it (in the card's own undo step), then
 * starts the next card below it ('next'), or stops. Enter or Escape on an untouched card takes it
 * back and stops. Leaving the field keeps the card the user double-clicked for, like any new card;
 * the next card that Enter opened is taken back when left untouched, as nobody asked for it.
 */
export function finishCapture(cardId: string, title: string, end: CaptureEnd): void {
  const current = session;
  if (current?.cardId !== cardId) return;
  session = null;
  const untouched = title.trim() === '' || title === current.defaultTitle;
  const untouchedSince = currentMap() === current.added;
  if (untouched && (end !== 'blur' || current.chained)) {
    ui().editCard(null);
    if (untouchedSince) discardLastEdit();
    else editDocument((m) => removeCards(m, [cardId]));
    ui().selectCards([]);
    return;
  }
  if (!untouched) {
    const edit = (m: JourneyMap) => updateCard(m, cardId, { title });
    if (untouchedSince) amendLastEdit(edit);
    else editDocument(edit);
  }
  if (end !== 'next') {
    ui().editCard(null);
    return;
  }
  const map = currentMap();
  const index = map
    ? cardsInCell(map, current.stageId, current.laneId).findIndex((c) => c.id === cardId)
    : -1;
  if (
    index < 0 ||
    startCapture({ stageId: current.stageId, laneId: current.laneId, index: index + 1 }, true) === null
  ) {
    ui().editCard(null);
  }
}
