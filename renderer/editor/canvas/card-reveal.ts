import { useEffect, useState } from 'react';
import type { CanvasNode, ConnectionEdge } from './canvas-nodes';

/** Cards handed to React Flow per frame while a large map opens. */
export const CARD_REVEAL_CHUNK = 500;

/**
 * How many of a large map's cards the canvas shows while it opens (null: all of them). A map of
 * thousands of cards opened in one go kept the main thread for one long task of layout, React Flow's
 * node update, render and paint (444 ms at 5,000 cards), during which the canvas took no input; fed
 * in chunks, one per frame, the grid and headers show at once and the view can be panned and zoomed
 * while the cards come in. Once all are in, every later change shows in full at once.
 */
export function useCardReveal(mapId: string, cardCount: number, large: boolean): number | null {
  const [state, setState] = useState<{ mapId: string; shown: number | null }>(() => ({
    mapId,
    shown: large ? 0 : null,
  }));
  const current = state.mapId === mapId ? state : { mapId, shown: large ? 0 : null };
  if (current !== state) setState(current);
  const { shown } = current;
  useEffect(() => {
    if (shown === null) return;
    // The next chunk after the frame that shows this one has been painted; the last one ends it.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        const next = shown + CARD_REVEAL_CHUNK;
        setState((s) => ({ ...s, shown: next >= cardCount ? null : next }));
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [shown, cardCount]);
  return shown;
}

/**
 * The nodes to draw while `shown` cards are revealed: every node that is not a card, the cards
 * outside the grid (so the first fit takes in the whole map), then cards in map order up to `shown`.
 */
export function revealedNodes(nodes: CanvasNode[], shown: number | null): CanvasNode[] {
  if (shown === null) return nodes;
  let inCells = 0;
  return nodes.filter((node) => {
    if (node.type !== 'card') return true;
    const { card } = node.data;
    if (card.stageId === null || card.laneId === null) return true;
    inCells += 1;
    return inCells <= shown;
  });
}

/** The connections both of whose cards are drawn. */
export function revealedEdges(
  edges: ConnectionEdge[],
  nodes: CanvasNode[],
  shown: number | null,
): ConnectionEdge[] {
  if (shown === null) return edges;
  const drawn = new Set(nodes.map((n) => n.id));
  return edges.filter((edge) => drawn.has(edge.source) && drawn.has(edge.target));
}
