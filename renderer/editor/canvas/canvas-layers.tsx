import { useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const selectDomNode = (s: ReactFlowState): HTMLDivElement | null => s.domNode;

/**
 * One of React Flow's layers in the canvas this is drawn in, found once. React Flow's own
 * `EdgeLabelRenderer` and `ViewportPortal` search the whole canvas DOM for theirs in a store
 * selector, i.e. on every store update (each drag step, select and edit) for every label and
 * portal: at 1,000 cards and 100 labels that was about 2 ms of every drag step.
 */
function useCanvasLayer(className: string): HTMLElement | null {
  const domNode = useStore(selectDomNode);
  return useMemo(() => domNode?.querySelector<HTMLElement>(`.${className}`) ?? null, [domNode, className]);
}

/** React Flow's layer for HTML edge labels. */
export function useEdgeLabelLayer(): HTMLElement | null {
  return useCanvasLayer('react-flow__edgelabel-renderer');
}

/** Draws `children` in the canvas's viewport, in flow coordinates (React Flow's `ViewportPortal`). */
export function CanvasViewportPortal({ children }: { children: ReactNode }) {
  const layer = useCanvasLayer('react-flow__viewport-portal');
  return layer ? createPortal(children, layer) : null;
}
