import { useReactFlow, useStoreApi } from '@xyflow/react';
import { liveCanvasLayout } from '../editor/canvas/canvas-layout';
import { headerRevealViewport } from '../editor/canvas/header-reveal';
import { currentMap } from '../editor/store/edit-document';
import { useEffect } from 'react';
import { setCanvasReveal } from '../editor/canvas/canvas-reveal';
import { useViewPrefs } from '../editor/store/view-prefs-store';
import { registerCommands } from '../commands/command-registry';
import { useCanvasFit } from '../editor/canvas/canvas-fit';

const DURATION = { duration: 200 };

/**
 * Answers the View menu's zoom commands, and brings nodes into view (the command palette), for the
 * canvas it is drawn in (it must be a child of
 * `<ReactFlow>`, where `useReactFlow` works). Renders nothing.
 */
export function CanvasCommands() {
  const flow = useReactFlow();
  const store = useStoreApi();
  // The editor canvas's own fit (it keeps clear of the minimap and is refitted on resize).
  const canvasFit = useCanvasFit();
  useEffect(
    () =>
      registerCommands({
        'view.zoomIn': () => {
          canvasFit?.markMoved();
          void flow.zoomIn(DURATION);
        },
        'view.zoomOut': () => {
          canvasFit?.markMoved();
          void flow.zoomOut(DURATION);
        },
        'view.fit': () =>
          canvasFit ? canvasFit.fit(DURATION.duration) : void flow.fitView({ ...DURATION, padding: 0.1 }),
        'view.minimap': () => useViewPrefs.getState().toggleMinimap(),
      }),
    [flow, canvasFit],
  );
  useEffect(() => {
    setCanvasReveal((id) => {
      canvasFit?.markMoved();
      // Stage and lane headers are frozen strips, not nodes: bring their column or row to the middle.
      const map = currentMap();
      const { width, height } = store.getState();
      const header =
        map && headerRevealViewport(liveCanvasLayout(map), id, flow.getViewport(), { width, height });
      if (header) void flow.setViewport(header, { duration: 300 });
      else void flow.fitView({ nodes: [{ id }], duration: 300, padding: 0.6, maxZoom: 1.25 });
    });
    return () => setCanvasReveal(null);
  }, [flow, canvasFit, store]);
  return null;
}
