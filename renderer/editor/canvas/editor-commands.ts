import type { NudgeDirection } from '../../../shared/document';
import { registerCommands, type CommandContext } from '../../commands/command-registry';
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
import { editorUi } from '../store/editor-ui-store';
import { useEditorStore } from '../store/editor-store';

const ARROWS: Record<string, NudgeDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** From the keyboard, the card whose node has focus becomes the selection if it is not in it. */
function takeFocusedCard(context: CommandContext): void {
  const nodeEl = context.target?.closest('.react-flow__node-card');
  const cardId = cardIdOfNode(nodeEl?.getAttribute('data-id') ?? '');
  if (cardId === null) return;
  const ui = editorUi();
  if (!ui.selection.cards.has(cardId)) ui.selectCards([cardId]);
}

const hasSelectedCards = (): boolean => editorUi().selection.cards.size > 0;

/** Enter: edits the label of the focused, selected connection, or the title of the focused card. */
function editFocused(context: CommandContext): boolean {
  const edge = context.target?.closest('.react-flow__edge');
  if (edge) {
    // The first Enter selects a connection (React Flow), the next one edits its label.
    const connectionId = connectionIdOfEdge(edge.getAttribute('data-id') ?? '');
    if (connectionId === null || !editorUi().selection.connections.has(connectionId)) return false;
    editorUi().editConnection(connectionId);
    return true;
  }
  const cardId = cardIdOfNode(
    context.target?.closest('.react-flow__node-card')?.getAttribute('data-id') ?? '',
  );
  if (cardId === null) return false;
  takeFocusedCard(context);
  editTitle(cardId);
  return true;
}

/**
 * The editor's document commands (undo history, clipboard, selection, moving and grading cards),
 * registered while the editor is shown. Keys, menu items and the command
 * palette reach them through the command table; keyboard handlers act on the focused card.
 */
export function registerEditorCommands(): () => void {
  const store = () => useEditorStore.getState();
  return registerCommands({
    'edit.undo': () => store().undo(),
    'edit.redo': () => store().redo(),
    'edit.cut': () => void cutSelected(),
    'edit.copy': () => void copySelected(),
    'edit.paste': () => void pasteCards(),
    'edit.delete': (context) => {
      takeFocusedCard(context);
      return deleteSelection();
    },
    'edit.selectAll': () => selectAll(),
    'edit.duplicate': () => void duplicateSelected(),
    'canvas.editTitle': editFocused,
    'canvas.nudge': (context) => {
      takeFocusedCard(context);
      const direction = ARROWS[context.key ?? ''];
      if (!direction || !hasSelectedCards()) return false;
      nudgeSelected(direction, context.shiftKey === true);
      return true;
    },
    'canvas.moveLane': (context) => {
      takeFocusedCard(context);
      if (!hasSelectedCards()) return false;
      moveSelectedToLane(context.key === 'ArrowUp' ? 'up' : 'down');
      return true;
    },
    'canvas.level': (context) => {
      takeFocusedCard(context);
      return changeLevel(context.key === '-' ? -1 : 1);
    },
  });
}
