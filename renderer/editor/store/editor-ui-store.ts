import { create } from 'zustand';
import { NOTHING, pickItems, pickLane, pickStage, withoutStructure, type Selection } from './selection';

/** A stage x lane cell. */
export interface CellRef {
  stageId: string;
  laneId: string;
}

/** Asks the name field of a picked stage or lane to take the caret (a double-click on its header). */
export interface PickOptions {
  focusName?: boolean;
}

/**
 * The editor's UI state: the one selection (cards and connections, or a stage, or a lane), which
 * cell palette items go to, what is being edited in place. Never undoable and never saved (it is
 * apart from the document store on purpose). Panels read it with narrow selectors.
 */
export interface EditorUiState {
  selection: Selection;
  /** Where palette buttons and paste put cards; null means the first cell. */
  selectedCell: CellRef | null;
  /** The card whose title is being edited in place. */
  editingCardId: string | null;
  /** The connection whose label is being edited. */
  editingConnectionId: string | null;
  /** A card to give keyboard focus once it is drawn (after it was added or pasted). */
  focusRequest: string | null;
  /** Set when the picked stage's or lane's name field should take focus; cleared once it has. */
  focusName: boolean;
  /** Cards and connections picked on the canvas; `connections` omitted keeps those picked now. */
  selectItems(cardIds: Iterable<string>, connectionIds?: Iterable<string>): void;
  /** Exactly these cards (no connections). */
  selectCards(cardIds: Iterable<string>): void;
  selectStage(id: string, options?: PickOptions): void;
  selectLane(id: string, options?: PickOptions): void;
  /** A stage or lane was deleted: the selection lets go of it. */
  forgetStructure(id: string): void;
  nameFocused(): void;
  setSelectedCell(cell: CellRef | null): void;
  editCard(cardId: string | null): void;
  editConnection(connectionId: string | null): void;
  requestFocus(cardId: string | null): void;
  reset(): void;
}

const INITIAL = {
  selection: NOTHING,
  selectedCell: null,
  editingCardId: null,
  editingConnectionId: null,
  focusRequest: null,
  focusName: false,
} satisfies Partial<EditorUiState>;

export const useEditorUi = create<EditorUiState>()((set) => ({
  ...INITIAL,
  selectItems(cardIds, connectionIds) {
    set((s) => changed(s, pickItems(s.selection, cardIds, connectionIds)));
  },
  selectCards(cardIds) {
    set((s) => changed(s, pickItems(s.selection, cardIds, [])));
  },
  selectStage(id, options) {
    set({ selection: pickStage(id), focusName: options?.focusName ?? false });
  },
  selectLane(id, options) {
    set({ selection: pickLane(id), focusName: options?.focusName ?? false });
  },
  forgetStructure(id) {
    set((s) => changed(s, withoutStructure(s.selection, id)));
  },
  nameFocused() {
    set({ focusName: false });
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
    set(INITIAL);
  },
}));

/** The state unchanged (no re-render, no subscriber call) when the selection stays the same. */
function changed(state: EditorUiState, selection: Selection): EditorUiState | { selection: Selection } {
  return selection === state.selection ? state : { selection };
}

/** Shortcuts for callers outside React (headers, menus, the command palette). */
export const editorUi = (): EditorUiState => useEditorUi.getState();
