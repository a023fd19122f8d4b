import type { JourneyMap } from '../../../shared/domain';
import { useEditorStore } from './editor-store';

/** A document edit: a pure function of the open map (an operation from shared/document). */
export type DocumentEdit = (map: JourneyMap) => JourneyMap;

/**
 * The one way the editor's panels change the open map (canvas, structure, inspector): one call is
 * one undoable edit. False when there is no map, nothing changed, or the edit was refused (the reason
 * shows in `editError`).
 */
export function editDocument(edit: DocumentEdit): boolean {
  return useEditorStore.getState().edit(edit);
}

/** Folds `edit` into the last undoable edit (see EditorState.amend). */
export function amendLastEdit(edit: DocumentEdit): boolean {
  return useEditorStore.getState().amend(edit);
}

/** Takes the last edit back, leaving no redo step (see EditorState.discardLast). */
export function discardLastEdit(): void {
  useEditorStore.getState().discardLast();
}

/** The open map as it is now, for actions that read it before they edit (null when none is open). */
export function currentMap(): JourneyMap | null {
  return useEditorStore.getState().map;
}
