import {
  getViewportForBounds,
  useNodesInitialized,
  useReactFlow,
  useStore,
  useStoreApi,
  type ReactFlowState,
  type Rect,
} from '@xyflow/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { fitPadding } from '../../../shared/canvas/fit-padding';
import { unionOfRects } from '../../../shared/canvas/rect';
import { useViewPrefs } from '../store/view-prefs-store';
import { usePresentation } from '../store/presentation';

/** The editor's zoom ceiling at fit: small maps are not blown up past 100 %. */
const FIT_MAX_ZOOM = 1;

export interface CanvasFit {
  /** Fits the whole map, keeping clear of the minimap; the view counts as not moved since. */
  fit(duration?: number): void;
  /** The view was moved on purpose (zoom buttons or keys, revealing a node): resizes keep it. */
  markMoved(): void;
  /**
   * Something drawn outside the nodes that the fit must include (the funnel band above the stage
   * headers), or null. Refits right after the next frame unless the user has moved the view.
   */
  setExtraBounds(rect: Rect | null): void;
}

/** The canvas fit of the editor's canvas, with whether its first fit has been made. */
export interface EditorCanvasFit extends CanvasFit {
  onMoveStart(event: MouseEvent | TouchEvent | null): void;
  /**
   * True once the first fit is made. Until then the canvas draws no card in a cell: cards laid out
   * at React Flow's first zoom (100 %, full detail) were styled and laid out again for the fit's
   * reading level (a compact card at a small zoom), twice the work of opening a large map.
   */
  fitted: boolean;
}

const paneSized = (s: ReactFlowState) => s.width > 0 && s.height > 0;

const CanvasFitContext = createContext<CanvasFit | null>(null);
export const CanvasFitProvider = CanvasFitContext.Provider;

/** The fit of the canvas this is drawn in, or null outside an editor canvas. */
export function useCanvasFit(): CanvasFit | null {
  return useContext(CanvasFitContext);
}

/**
 * Keeps the map fitted while the canvas changes size (a window resize, a panel folding), unless the
 * user has panned or zoomed since the last fit. `container` is the canvas element (null until it
 * mounts); call inside
 * `<ReactFlowProvider>`. Returns the fit and `onMoveStart` for `<ReactFlow>`: a move with an event
 * is the user's (programmatic moves have none).
 */
export function useFitOnResize(container: HTMLElement | null, showMinimap: boolean): EditorCanvasFit {
  const flow = useReactFlow();
  const store = useStoreApi();
  const initialized = useNodesInitialized();
  const moved = useRef(false);
  const extra = useRef<Rect | null>(null);
  const refitPending = useRef(false);
  const fittedOnce = useRef(false);
  // Read through a ref: `initialized` flickers while a card is dragged, and a new setExtraBounds
  // then would make a new fit object, whose users drop and set their bounds again, refitting the
  // view under the pointer in mid-drag (the card then lands off where it was let go).
  const initializedRef = useRef(initialized);
  useEffect(() => {
    initializedRef.current = initialized;
  }, [initialized]);

  // True when the fit was made: it needs the canvas element and React Flow's measure of its pane.
  const fitNow = useCallback(
    (duration?: number): boolean => {
      if (!container) return false;
      // React Flow's own measure of its pane (the canvas's size), not the element's clientWidth:
      // reading that forced a second layout of the whole map when a 1,000-card map opened.
      const { width, height } = store.getState();
      if (width <= 0 || height <= 0) return false;
      const canvas = { width, height };
      const nodes = flow.getNodesBounds(flow.getNodes());
      const bounds = unionOfRects(extra.current ? [nodes, extra.current] : [nodes]) ?? nodes;
      moved.current = false;
      const padding = fitPadding(bounds, canvas, useViewPrefs.getState().minimap);
      if (extra.current === null && fittedOnce.current) {
        void flow.fitView({ padding, maxZoom: FIT_MAX_ZOOM, ...(duration ? { duration } : {}) });
        return true;
      }
      // The first fit is made at once, from the grid and the free cards (no card in a cell is drawn
      // yet): fitView is queued to React Flow's next node update, and the cards would be drawn at the
      // old zoom first. fitView also knows only nodes, and the funnel band is not one.
      const viewport = getViewportForBounds(bounds, canvas.width, canvas.height, 0.1, FIT_MAX_ZOOM, padding);
      void flow.setViewport(viewport, duration ? { duration } : undefined);
      return true;
    },
    [flow, store, container],
  );
  const fit = useCallback((duration?: number) => void fitNow(duration), [fitNow]);
  const setExtraBounds = useCallback(
    (rect: Rect | null) => {
      const before = extra.current;
      const same =
        before === rect ||
        (before !== null &&
          rect !== null &&
          before.x === rect.x &&
          before.y === rect.y &&
          before.width === rect.width &&
          before.height === rect.height);
      if (same) return;
      extra.current = rect;
      if (moved.current || !initializedRef.current || refitPending.current) return;
      // After the frame that shows the band: a refit changes the zoom, which repaints every card
      // (about 20 ms at 1,000 cards), and the band's own frame need not wait for that.
      refitPending.current = true;
      requestAnimationFrame(() =>
        setTimeout(() => {
          refitPending.current = false;
          if (!moved.current) fit();
        }, 0),
      );
    },
    [fit],
  );
  const markMoved = useCallback(() => {
    moved.current = true;
  }, []);
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) moved.current = true;
  }, []);

  // The first fit once the nodes have their sizes and the pane its size (React Flow's own fit knows
  // no minimap). Cards in cells are not drawn before it (see `fitted`): the grid and the free cards
  // are the map's whole extent.
  const sized = useStore(paneSized);
  const [fitted, setFitted] = useState(false);
  useEffect(() => {
    if (!initialized || !sized || fittedOnce.current) return;
    if (!fitNow()) return;
    fittedOnce.current = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the fit needs the pane's measured size, known only after mount; the cards are drawn in the render after it, once.
    setFitted(true);
  }, [initialized, sized, fitNow]);

  // Showing or hiding the minimap changes the room the fit may use.
  const minimapBefore = useRef(showMinimap);
  useEffect(() => {
    if (minimapBefore.current === showMinimap) return;
    minimapBefore.current = showMinimap;
    if (!moved.current) fit();
  }, [showMinimap, fit]);

  useEffect(() => {
    const el = container;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // The size from the observer's own entries (its first one on observe gives the size at mount),
    // so no layout is forced here either.
    let last: { width: number; height: number } | null = null;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const size = { width: box.width, height: box.height };
      if (last === null) {
        last = size;
        return;
      }
      if (size.width === last.width && size.height === last.height) return;
      // Presentation mode places the view itself; back in the editor, the old size is no change.
      if (usePresentation.getState().active) return;
      last = size;
      if (!moved.current && size.width > 0 && size.height > 0) fit();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [container, fit]);

  return useMemo(
    () => ({ fit, markMoved, setExtraBounds, onMoveStart, fitted }),
    [fit, markMoved, setExtraBounds, onMoveStart, fitted],
  );
}
