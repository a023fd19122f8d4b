/** Brings a node into view; the canvas on screen supplies it (it needs React Flow's instance). */
type Reveal = (nodeId: string) => void;

let current: Reveal | null = null;

/** Called by the canvas while it is shown (null when it goes away). */
export function setCanvasReveal(reveal: Reveal | null): void {
  current = reveal;
}

/** Pans and zooms the canvas on screen to a node (a card, stage or lane header); no-op without one. */
export function revealOnCanvas(nodeId: string): void {
  current?.(nodeId);
}
