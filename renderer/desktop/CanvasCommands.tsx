import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useViewPrefs } from '../editor/view-prefs-store';
import { registerCommands } from './command-registry';

const DURATION = { duration: 200 };

/**
 * Answers the View menu's zoom commands for the canvas it is drawn in (it must be a child of
 * `<ReactFlow>`, where `useReactFlow` works). Renders nothing.
 */
export function CanvasCommands() {
  const flow = useReactFlow();
  useEffect(
    () =>
      registerCommands({
        'view.zoomIn': () => void flow.zoomIn(DURATION),
        'view.zoomOut': () => void flow.zoomOut(DURATION),
        'view.fit': () => void flow.fitView({ ...DURATION, padding: 0.1 }),
        'view.minimap': () => useViewPrefs.getState().toggleMinimap(),
      }),
    [flow],
  );
  return null;
}
