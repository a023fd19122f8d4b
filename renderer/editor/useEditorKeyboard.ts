import { useEffect, useRef } from 'react';
import type { NudgeDirection } from '../../shared/document';
import {
  changeLevel,
  copySelected,
  cutSelected,
  deleteSelection,
  duplicateSelected,
  editTitle,
  moveSelectedToLane,
  nudgeSelected,
  pasteCards,
  selectAll,
} from './canvas-actions';
import { cardIdOfNode, connectionIdOfEdge } from './canvas-nodes';
import { useCanvasUi } from './canvas-ui-store';
import { useEditorStore } from './store/editor-store';

const ARROWS: Record<string, NudgeDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

function isEditable(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || el.matches('input, textarea, select');
}

/** The card whose node has focus, made the selection if it is not part of it already. */
function takeFocusedCard(target: Element): boolean {
  const nodeEl = target.closest('.react-flow__node-card');
  const cardId = cardIdOfNode(nodeEl?.getAttribute('data-id') ?? '');
  if (cardId === null) return false;
  const ui = useCanvasUi.getState();
  if (!ui.selectedCardIds.has(cardId)) ui.selectCards([cardId]);
  return true;
}

/**
 * The editor's keyboard shortcuts, listened to on the document in the capture phase so they run
 * before React Flow's own node keys (its arrow keys would move nodes by pixels, outside the document
 * model, and its Enter only selects). Keys typed into a field are left alone, as are keys while a
 * modal dialog is open. See the shortcut list in ShortcutsDialog.
 */
export function useEditorKeyboard(onHelp: () => void): void {
  const help = useRef(onHelp);
  useEffect(() => {
    help.current = onHelp;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Alt is left to the system and the menu bar, except Alt+Up/Down (move cards between lanes).
      const laneMove = event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown');
      if (event.defaultPrevented || event.isComposing || (event.altKey && !laneMove)) return;
      const target = event.target instanceof Element ? event.target : document.body;
      if (isEditable(target) || document.querySelector('dialog[open]')) return;
      const mod = event.ctrlKey || event.metaKey;
      // A click on the canvas background focuses the main landmark that holds it.
      const inCanvas = target === document.body || target.closest('.editor__main') !== null;
      const key = event.key.toLowerCase();
      const store = useEditorStore.getState();
      let handled = true;

      if (mod) {
        if (key === 'z' && !event.shiftKey) store.undo();
        else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) store.redo();
        else if (!inCanvas) handled = false;
        else if (key === 'a') selectAll();
        else if (key === 'c') void copySelected();
        else if (key === 'x') void cutSelected();
        else if (key === 'v') void pasteCards();
        else if (key === 'd') duplicateSelected();
        else handled = false;
      } else if (event.key === '?') {
        help.current();
      } else if (!inCanvas) {
        handled = false;
      } else if (event.key === 'Enter' && !event.shiftKey && target.closest('.react-flow__edge')) {
        // Enter on a selected connection edits its label (the first Enter selects it).
        const connectionId = connectionIdOfEdge(
          target.closest('.react-flow__edge')?.getAttribute('data-id') ?? '',
        );
        handled = connectionId !== null && useCanvasUi.getState().selectedConnectionIds.has(connectionId);
        if (handled && connectionId !== null) useCanvasUi.getState().editConnection(connectionId);
      } else if (event.key === 'Enter' && !event.shiftKey) {
        handled = takeFocusedCard(target);
        const cardId = cardIdOfNode(target.closest('.react-flow__node-card')?.getAttribute('data-id') ?? '');
        if (handled && cardId !== null) editTitle(cardId);
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        takeFocusedCard(target);
        handled = deleteSelection();
      } else if (laneMove) {
        takeFocusedCard(target);
        handled = useCanvasUi.getState().selectedCardIds.size > 0;
        if (handled) moveSelectedToLane(event.key === 'ArrowUp' ? 'up' : 'down');
      } else if (event.key in ARROWS) {
        takeFocusedCard(target);
        handled = useCanvasUi.getState().selectedCardIds.size > 0;
        if (handled) nudgeSelected(ARROWS[event.key] as NudgeDirection, event.shiftKey);
      } else if (event.key === '+' || event.key === '=' || event.key === '-') {
        takeFocusedCard(target);
        handled = changeLevel(event.key === '-' ? -1 : 1);
      } else {
        handled = false;
      }

      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
