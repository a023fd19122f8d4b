import { create } from 'zustand';
import { useCanvasUi } from '../store/editor-ui-store';

/** A stage or lane picked for the inspector (cards are selected on the canvas instead). */
export type StructureTarget = { type: 'stage'; id: string } | { type: 'lane'; id: string };

interface StructureSelectionState {
  target: StructureTarget | null;
  /** Set when the name field should take focus (double-click on a header), cleared once it has. */
  focusName: boolean;
  select(target: StructureTarget | null, options?: { focusName?: boolean }): void;
  nameFocused(): void;
}

/**
 * Which stage or lane the inspector edits. UI state: never undoable, never saved. Picking a stage or
 * lane clears the card selection, and selecting cards on the canvas clears this, so the inspector
 * always shows the last thing the user picked.
 */
export const useStructureSelection = create<StructureSelectionState>()((set) => ({
  target: null,
  focusName: false,
  select(target, options) {
    set({ target, focusName: options?.focusName ?? false });
    if (target && useCanvasUi.getState().selectedCardIds.size > 0) useCanvasUi.getState().selectCards([]);
  },
  nameFocused() {
    set({ focusName: false });
  },
}));

useCanvasUi.subscribe((state, previous) => {
  if (state.selectedCardIds !== previous.selectedCardIds && state.selectedCardIds.size > 0) {
    useStructureSelection.setState({ target: null });
  }
});

/** Shows a stage in the inspector (its header clicked); `focusName` puts the caret in its name. */
export const selectStage = (id: string, options?: { focusName?: boolean }): void =>
  useStructureSelection.getState().select({ type: 'stage', id }, options);
/** Shows a lane in the inspector (its header clicked); `focusName` puts the caret in its name. */
export const selectLane = (id: string, options?: { focusName?: boolean }): void =>
  useStructureSelection.getState().select({ type: 'lane', id }, options);
