import { create } from 'zustand';
import { useCanvasUi } from '../canvas-ui-store';

/** A stage or lane picked for the inspector (cards are selected on the canvas instead). */
export type StructureTarget = { type: 'stage'; id: string } | { type: 'lane'; id: string };

interface StructureSelectionState {
  target: StructureTarget | null;
  select(target: StructureTarget | null): void;
}

/**
 * Which stage or lane the inspector edits. UI state: never undoable, never saved. Picking a stage or
 * lane clears the card selection, and selecting cards on the canvas clears this, so the inspector
 * always shows the last thing the user picked.
 */
export const useStructureSelection = create<StructureSelectionState>()((set) => ({
  target: null,
  select(target) {
    set({ target });
    if (target && useCanvasUi.getState().selectedCardIds.size > 0) useCanvasUi.getState().selectCards([]);
  },
}));

useCanvasUi.subscribe((state, previous) => {
  if (state.selectedCardIds !== previous.selectedCardIds && state.selectedCardIds.size > 0) {
    useStructureSelection.setState({ target: null });
  }
});

/** Shows a stage in the inspector (e.g. when its header on the canvas is clicked). */
export const selectStage = (id: string): void =>
  useStructureSelection.getState().select({ type: 'stage', id });
/** Shows a lane in the inspector (e.g. when its header on the canvas is clicked). */
export const selectLane = (id: string): void => useStructureSelection.getState().select({ type: 'lane', id });
