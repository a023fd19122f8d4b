import type { MapLayout } from '../../../shared/canvas/layout';
import type { Viewport } from '../../../shared/canvas/frozen-headers';

const STAGE = 'stage:';
const LANE = 'lane:';

/**
 * The view that brings a stage or lane header (node ids `stage:<id>`, `lane:<id>`) into view, or null
 * for any other id. Headers are frozen strips (FrozenHeaders), so a stage needs only its column
 * centred across the canvas (its name is at the top whatever the vertical pan) and a lane its row
 * centred down it; the zoom and the other axis stay as they are.
 */
export function headerRevealViewport(
  layout: MapLayout,
  id: string,
  viewport: Viewport,
  canvas: { width: number; height: number },
): Viewport | null {
  const { zoom } = viewport;
  if (id.startsWith(STAGE)) {
    const index = layout.stages.findIndex((s) => s.id === id.slice(STAGE.length));
    const column = layout.stages[index];
    if (!column) return null;
    return { ...viewport, x: canvas.width / 2 - (column.x + column.width / 2) * zoom };
  }
  if (id.startsWith(LANE)) {
    const row = layout.lanes.find((l) => l.id === id.slice(LANE.length));
    if (!row) return null;
    return { ...viewport, y: canvas.height / 2 - (row.y + row.height / 2) * zoom };
  }
  return null;
}
