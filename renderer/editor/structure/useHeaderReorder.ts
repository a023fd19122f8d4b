import { useReactFlow } from '@xyflow/react';
import { useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { liveCanvasLayout } from '../canvas/canvas-layout';
import { moveLane, moveStage } from '../../../shared/document';
import { currentMap, editDocument } from '../store/edit-document';
import { reorderTargetIndex } from './reorder-target';

/** Pointer travel (screen px) before a press on a header becomes a drag rather than a click. */
const DRAG_THRESHOLD = 5;

/**
 * Drag a stage header left/right (or a lane header up/down) to reorder it. While the pointer moves
 * only the header itself follows it (a CSS transform, no document change); releasing it is one
 * undoable `moveStage` / `moveLane`. A press that does not travel stays a click (select the stage).
 */
export function useHeaderReorder(kind: 'stage' | 'lane', id: string) {
  const { screenToFlowPosition, getZoom } = useReactFlow();
  const press = useRef<{ x: number; y: number; pointerId: number; dragging: boolean } | null>(null);
  const suppressClick = useRef(false);
  const [offset, setOffset] = useState(0);

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    press.current = { x: event.clientX, y: event.clientY, pointerId: event.pointerId, dragging: false };
    // Capture at once: a fast first move would otherwise leave the (small) header text before the
    // drag starts, and its moves would go to whatever lies under the pointer.
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const p = press.current;
    if (!p || p.pointerId !== event.pointerId) return;
    const delta = kind === 'stage' ? event.clientX - p.x : event.clientY - p.y;
    if (!p.dragging) {
      if (Math.abs(delta) < DRAG_THRESHOLD) return;
      p.dragging = true;
    }
    setOffset(delta / (getZoom() || 1));
  };

  const finish = (event: PointerEvent<HTMLElement>, commit: boolean) => {
    const p = press.current;
    press.current = null;
    if (!p?.dragging) return;
    suppressClick.current = true;
    setOffset(0);
    const map = currentMap();
    if (!commit || !map) return;
    const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    // The canvas's layout: the lanes start under the funnel band while it shows.
    const layout = liveCanvasLayout(map);
    if (kind === 'stage') {
      const from = map.stages.findIndex((s) => s.id === id);
      const spans = layout.stages.map((s) => ({ start: s.x, size: s.width }));
      const to = reorderTargetIndex(spans, from, point.x);
      if (from >= 0 && to !== from) editDocument((m) => moveStage(m, id, to));
    } else {
      const from = map.lanes.findIndex((l) => l.id === id);
      const spans = layout.lanes.map((l) => ({ start: l.y, size: l.height }));
      const to = reorderTargetIndex(spans, from, point.y);
      if (from >= 0 && to !== from) editDocument((m) => moveLane(m, id, to));
    }
  };

  /** Swallows the click that ends a drag, so dropping a header does not also select it. */
  const onClickCapture = (event: MouseEvent<HTMLElement>) => {
    if (!suppressClick.current) return;
    suppressClick.current = false;
    event.stopPropagation();
  };

  return {
    dragging: offset !== 0,
    style:
      offset === 0
        ? undefined
        : { transform: kind === 'stage' ? `translateX(${offset}px)` : `translateY(${offset}px)` },
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: (event: PointerEvent<HTMLElement>) => finish(event, true),
      onPointerCancel: (event: PointerEvent<HTMLElement>) => finish(event, false),
      onClickCapture,
    },
  };
}
