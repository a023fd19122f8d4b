import { useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo } from 'react';

const selectDomNode = (s: ReactFlowState): HTMLDivElement | null => s.domNode;

/**
 * React Flow's layer for HTML edge labels, found once per label. React Flow's own
 * `EdgeLabelRenderer` searches the whole canvas DOM for it in a store selector, i.e. on every store
 * update (each step of a drag) for every labelled edge: at 1,000 cards and 100 labels that was
 * about 2 ms of every drag step.
 */
export function useEdgeLabelLayer(): HTMLElement | null {
  const domNode = useStore(selectDomNode);
  return useMemo(
    () => domNode?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null,
    [domNode],
  );
}
