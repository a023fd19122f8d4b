import { useStore, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect } from 'react';
import { densityAtZoom, typeScaleOf } from '../../../shared/canvas/reading-density';

// Changes only when the zoom crosses a level's threshold, so a zoom gesture renders this a couple of
// times at most; cards are restyled by CSS (the canvas's attribute and variables), never re-rendered.
const densitySelector = (s: ReactFlowState) => densityAtZoom(s.transform[2]);

/**
 * Puts the reading level of the current zoom on the canvas element: `data-density` (detail, compact,
 * overview: what cards show, see editor.css) and the type sizes as CSS variables
 * (`--map-card-title`, `--map-stage-name`, `--map-lane-name`, `--map-figure`,
 * `--map-figure-count`). Renders nothing.
 */
export function ReadingDensity({ container }: { container: HTMLElement | null }) {
  const density = useStore(densitySelector);
  useLayoutEffect(() => {
    if (!container) return;
    const type = typeScaleOf(density);
    container.setAttribute('data-density', density);
    container.style.setProperty('--map-card-title', `${type.cardTitle}px`);
    container.style.setProperty('--map-stage-name', `${type.stageName}px`);
    container.style.setProperty('--map-lane-name', `${type.laneName}px`);
    container.style.setProperty('--map-figure', `${type.figure}px`);
    container.style.setProperty('--map-figure-count', `${type.figureCount}px`);
  }, [container, density]);
  return null;
}
