import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { MapLayout } from '../../shared/canvas/layout';
import {
  presentationSteps,
  presentationTitle,
  stepViewport,
  type PresentationStep,
} from '../../shared/canvas/presentation-steps';
import type { JourneyMap } from '../../shared/domain';
import { useCanvasLayout } from '../editor/canvas/canvas-layout';
import { presentation, usePresentation } from '../editor/store/presentation';
import { PresentationBar, PRESENTATION_BAR_HEIGHT } from './PresentationBar';
import { useFullscreen } from './useFullscreen';
import { usePresentationKeys } from './usePresentationKeys';
import './presentation.css';
import { CanvasViewportPortal } from '../editor/canvas/canvas-layers';

const paneSize = (s: ReactFlowState) => `${s.width}x${s.height}`;

/**
 * Presentation mode, drawn inside the editor's canvas while it is on: it moves the viewport to
 * each step, sizes the card type for the room, veils the other stages and shows the bar with the
 * step counter and the workshop timer. The viewport the editor had is put back when it ends; the
 * document is never touched (nothing saved, nothing to undo).
 */
export function PresentationLayer({ map }: { map: JourneyMap }) {
  const active = usePresentation((s) => s.active);
  return active ? <Presenting map={map} /> : null;
}

function Presenting({ map }: { map: JourneyMap }) {
  const flow = useReactFlow();
  const size = useStore(paneSize);
  const domNode = useStore((s) => s.domNode);
  // The canvas's layout: its grid holds the funnel band under the stage names while it shows, so each
  // step shows a stage's name, its part of the band and its lanes.
  const layout = useCanvasLayout(map);
  const steps = useMemo(() => presentationSteps(layout), [layout]);
  const index = usePresentation((s) => s.index);
  const step = steps[Math.min(index, steps.length - 1)];

  usePresentationKeys();
  useFullscreen();
  useEffect(() => presentation().setSteps(steps), [steps]);

  // The editor's viewport, put back exactly when presenting ends.
  const saved = useRef(flow.getViewport());
  useEffect(() => {
    const before = saved.current;
    return () => void flow.setViewport(before);
  }, [flow]);

  useLayoutEffect(() => {
    if (!step || !domNode) return;
    const [width, height] = size.split('x').map(Number) as [number, number];
    if (width <= 0 || height <= 0) return;
    const viewport = stepViewport(step.rect, { width, height, bottom: PRESENTATION_BAR_HEIGHT });
    void flow.setViewport(viewport);
    const title = presentationTitle(viewport.zoom);
    domNode.style.setProperty('--present-title-size', `${title.fontSize}px`);
    domNode.style.setProperty('--present-title-lines', String(title.lines));
    domNode.style.setProperty('--present-heading-size', `${title.headingSize}px`);
  }, [flow, step, size, domNode]);
  useEffect(
    () => () => {
      for (const name of ['--present-title-size', '--present-title-lines', '--present-heading-size']) {
        domNode?.style.removeProperty(name);
      }
    },
    [domNode],
  );

  const stageIndex = step?.stageId ? map.stages.findIndex((s) => s.id === step.stageId) : -1;
  return (
    <>
      {step ? <Veil layout={layout} step={step} /> : null}
      <PresentationBar
        index={index}
        total={steps.length}
        stageName={stageIndex >= 0 ? (map.stages[stageIndex]?.name ?? '') : null}
        stageCount={map.stages.length}
      />
    </>
  );
}

/** A wash over the stages not being presented (grid lines, emotion curve, figures). */
function Veil({ layout, step }: { layout: MapLayout; step: PresentationStep }) {
  if (step.kind === 'overview') return null;
  return (
    <CanvasViewportPortal>
      {layout.stages
        .filter((column) => column.id !== step.stageId)
        .map((column) => (
          <div
            key={column.id}
            className="presentation-veil"
            data-testid={`presentation-veil-${column.id}`}
            style={{
              transform: `translate(${column.x}px, ${step.rect.y}px)`,
              width: column.width,
              height: step.rect.height,
            }}
          />
        ))}
    </CanvasViewportPortal>
  );
}
