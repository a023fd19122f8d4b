import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { frozenOffsets } from '../../../shared/canvas/frozen-headers';
import { CANVAS, type MapLayout } from '../../../shared/canvas/layout';
import type { JourneyMap } from '../../../shared/domain';
import type { CanvasLabels, LaneHeaderData, StageHeaderData } from './canvas-nodes';
import type { StageBandSlot } from './canvas-layout';
import { usePresentation } from '../store/presentation';
import { LaneHeaderNode } from './nodes/LaneHeaderNode';
import { StageHeaderNode } from './nodes/StageHeaderNode';

interface FrozenHeadersProps {
  map: JourneyMap;
  layout: MapLayout;
  labels: CanvasLabels;
  /**
   * The band under the stage names (the funnel band), null when none: frozen with them, its legend
   * in the corner. Its room is `layout.stageBandHeight`; an overlay draws into its elements.
   */
  band?: StageBandSlot | null | undefined;
}

/** A ref that puts `host` (an overlay's portal target) inside the element, and takes it out after. */
const hostOf =
  (host: HTMLElement) =>
  (el: HTMLDivElement | null): void => {
    if (el) el.appendChild(host);
    else host.remove();
  };

/** The positions and sizes of a layout's columns or rows, as one comparable string. */
function geometryKey<T extends { id: string }>(items: readonly T[], at: keyof T, size: keyof T): string {
  return items.map((item) => `${item.id}:${String(item[at])}:${String(item[size])}`).join(';');
}

const rendererOf = (s: ReactFlowState) =>
  s.domNode?.querySelector<HTMLElement>('.react-flow__renderer') ?? null;

/**
 * The stage names along the top and the lane names down the left, frozen like a spreadsheet's panes:
 * drawn in screen space over the map (in React Flow's renderer, so the wheel and a drag on them
 * still zoom and pan) and scaled like it, they follow the viewport's x (stages) and y (lanes) and
 * stay on screen when the map is panned past them. A pan or zoom moves three elements with one
 * style write each (no React render, whatever the map's size); cards are never re-rendered for it.
 */
export const FrozenHeaders = memo(function FrozenHeaders({ map, layout, labels, band }: FrozenHeadersProps) {
  const renderer = useStore(rendererOf);
  const store = useStoreApi();
  // Presentation mode dims the headers of the stages not presented (their cards are dimmed as nodes).
  const presentedStage = usePresentation((s) => (s.active ? s.stageId : null));
  const stageRow = useRef<HTMLDivElement>(null);
  const laneColumn = useRef<HTMLDivElement>(null);
  const corner = useRef<HTMLDivElement>(null);
  // First in the renderer (drawn above the map by its z-index): the keyboard reaches the headers
  // before the cards, as it reads the map, not after them.
  const [host] = useState(() => document.createElement('div'));
  useLayoutEffect(() => {
    if (!renderer) return;
    host.setAttribute('class', 'frozen-headers');
    renderer.prepend(host);
    return () => host.remove();
  }, [renderer, host]);

  // The stage names' row; a band (the funnel band) goes under it, inside the same frozen strip.
  const headerHeight = CANVAS.stageHeaderHeight;
  const laneWidth = layout.stages[0]?.x ?? CANVAS.laneHeaderWidth;
  // The layout leaves the band's room between the header row and the first lane.
  const bandHeight = band ? layout.stageBandHeight : 0;
  const stripHeight = headerHeight + bandHeight;
  // Stable refs: re-attaching a host would blur a field typed in on the band.
  const bandRef = useMemo(() => (band ? hostOf(band.band) : undefined), [band]);
  const cornerRef = useMemo(() => (band ? hostOf(band.corner) : undefined), [band]);
  const { grid } = layout;

  const stages = useMemo(
    () =>
      map.stages.flatMap((stage, i) => {
        const column = layout.stages[i];
        if (!column) return [];
        const data: StageHeaderData = { stageId: stage.id, name: stage.name, goal: stage.goal, index: i };
        return [{ data, x: column.x, width: column.width }];
      }),
    // By the columns' geometry, not the layout object (new on every edit): a card's edit keeps
    // every header's data, so the memoised headers skip it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map.stages, geometryKey(layout.stages, 'x', 'width')],
  );
  const lanes = useMemo(
    () =>
      map.lanes.flatMap((lane, i) => {
        const row = layout.lanes[i];
        if (!row) return [];
        const data: LaneHeaderData = {
          laneId: lane.id,
          name: lane.name,
          kindLabel: labels.laneKind(lane.kind),
        };
        return [{ data, y: row.y, height: row.height }];
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map.lanes, geometryKey(layout.lanes, 'y', 'height'), labels],
  );

  // Follow the viewport outside React: a subscription writes the three transforms directly.
  useLayoutEffect(() => {
    const place = ({ transform: [x, y, zoom] }: ReactFlowState) => {
      const { stageTop, laneLeft } = frozenOffsets({ x, y, zoom }, grid, stripHeight, laneWidth);
      const scale = `scale(${zoom})`;
      if (stageRow.current) stageRow.current.style.transform = `translate(${x}px, ${stageTop}px) ${scale}`;
      if (laneColumn.current)
        laneColumn.current.style.transform = `translate(${laneLeft}px, ${y}px) ${scale}`;
      if (corner.current) corner.current.style.transform = `translate(${laneLeft}px, ${stageTop}px) ${scale}`;
    };
    place(store.getState());
    let last = store.getState().transform;
    return store.subscribe((state) => {
      if (state.transform === last) return;
      last = state.transform;
      place(state);
    });
  }, [store, grid, stripHeight, laneWidth, renderer]);

  if (!renderer) return null;
  return createPortal(
    <>
      <div
        ref={laneColumn}
        className="frozen-headers__lanes"
        style={{ width: laneWidth, height: grid.y + grid.height }}
      >
        {lanes.map(({ data, y, height }) => (
          <div
            key={data.laneId}
            className="frozen-headers__lane"
            data-lane-id={data.laneId}
            style={{ top: y, height, width: laneWidth }}
          >
            <LaneHeaderNode data={data} />
          </div>
        ))}
      </div>
      <div
        ref={stageRow}
        className="frozen-headers__stages"
        style={{ width: grid.width, height: stripHeight }}
      >
        {stages.map(({ data, x, width }) => (
          <div
            key={data.stageId}
            className={
              presentedStage !== null && presentedStage !== data.stageId
                ? 'frozen-headers__stage is-dimmed'
                : 'frozen-headers__stage'
            }
            data-stage-id={data.stageId}
            style={{ left: x, width, height: headerHeight }}
          >
            <StageHeaderNode data={data} />
          </div>
        ))}
        {band ? (
          <div
            ref={bandRef}
            className="frozen-headers__band"
            style={{ top: headerHeight, height: bandHeight, width: grid.width }}
          />
        ) : null}
      </div>
      <div
        ref={corner}
        className="frozen-headers__corner"
        aria-hidden={band ? undefined : 'true'}
        style={{ width: laneWidth, height: stripHeight }}
      >
        {band ? (
          <div
            ref={cornerRef}
            className="frozen-headers__corner-band"
            style={{ top: headerHeight, height: bandHeight }}
          />
        ) : null}
      </div>
    </>,
    host,
  );
});
