import type { CanvasNode } from './canvas-nodes';

/**
 * The nodes as presentation mode draws them: nothing can be dragged, picked or connected, no card
 * shows as selected (a selected node would rise above the veil over the other stages; the editor's
 * selection itself is kept), and the cards of every stage but the presented one (`stageId`; null on
 * the overview) are dimmed (the stage headers are not nodes: FrozenHeaders dims them). Only called
 * while presenting, so the editor's own nodes keep their identity.
 */
export function presentationNodes(nodes: CanvasNode[], stageId: string | null): CanvasNode[] {
  return nodes.map((node) => {
    const stage = node.type === 'card' ? node.data.card.stageId : undefined;
    const dimmed = stageId !== null && stage !== undefined && stage !== stageId;
    if (node.type !== 'card' && !dimmed) return node;
    return {
      ...node,
      draggable: false,
      selectable: false,
      selected: false,
      connectable: false,
      ...(dimmed ? { className: 'is-dimmed' } : {}),
    } as CanvasNode;
  });
}
