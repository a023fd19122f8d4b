import { create } from 'zustand';

/** A stage x lane cell. */
export interface CellRef {
  stageId: string;
  laneId: string;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * UI state of the canvas: what is selected, which cell palette items go to, what is being edited in
 * place. Never undoable and never saved (it is apart from the document store on purpose). Other
 * panels (the inspector) read the selection from here with narrow selectors.
 */
export interface CanvasUiState {
  selectedCardIds: ReadonlySet<string>;
  selectedConnectionIds: ReadonlySet<string>;
  /** Where palette buttons and paste put cards; null means the first cell. */
  selectedCell: CellRef | null;
  /** The card whose title is being edited in place. */
  editingCardId: string | null;
  /** The connection whose label is being edited. */
  editingConnectionId: string | null;
  /** A card to give keyboard focus once it is drawn (after it was added or pasted). */
  focusRequest: string | null;
  setSelection(cardIds: ReadonlySet<string>, connectionIds?: ReadonlySet<string>): void;
  selectCards(cardIds: Iterable<string>): void;
  setSelectedCell(cell: CellRef | null): void;
  editCard(cardId: string | null): void;
  editConnection(connectionId: string | null): void;
  requestFocus(cardId: string | null): void;
  reset(): void;
}

export const useCanvasUi = create<CanvasUiState>()((set) => ({
  selectedCardIds: EMPTY,
  selectedConnectionIds: EMPTY,
  selectedCell: null,
  editingCardId: null,
  editingConnectionId: null,
  focusRequest: null,
  setSelection(cardIds, connectionIds) {
    set((s) => ({
      selectedCardIds: cardIds,
      selectedConnectionIds: connectionIds ?? s.selectedConnectionIds,
    }));
  },
  selectCards(cardIds) {
    set({ selectedCardIds: new Set(cardIds), selectedConnectionIds: EMPTY });
  },
  setSelectedCell(cell) {
    set((s) =>
      s.selectedCell?.stageId === cell?.stageId && s.selectedCell?.laneId === cell?.laneId
        ? s
        : { selectedCell: cell },
    );
  },
  editCard(cardId) {
    set({ editingCardId: cardId });
  },
  editConnection(connectionId) {
    set({ editingConnectionId: connectionId });
  },
  requestFocus(cardId) {
    set({ focusRequest: cardId });
  },
  reset() {
    set({
      selectedCardIds: EMPTY,
      selectedConnectionIds: EMPTY,
      selectedCell: null,
      editingCardId: null,
      editingConnectionId: null,
      focusRequest: null,
    });
  },
}));

/** The ids of the selected cards (for the inspector and other panels). */
export const useSelectedCardIds = (): ReadonlySet<string> => useCanvasUi((s) => s.selectedCardIds);
