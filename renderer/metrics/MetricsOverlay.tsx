import { useNodesInitialized, useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CANVAS, type Rect } from '../../shared/canvas/layout';
import type { MapMetrics } from '../../shared/api';
import type { JourneyMap } from '../../shared/domain';
import { runCommand } from '../commands/command-registry';
import { useCanvasFit } from '../editor/canvas/canvas-fit';
import { useCanvasLayout, useStageBand } from '../editor/canvas/canvas-layout';
import { bandFigures } from './band-figures';
import { buildFunnelView, projectedCounts, type FunnelView } from './funnel-view';
import { bandLayout, FunnelBand, FunnelBandLegend, WhatIfNotice } from './FunnelBand';
import { useMetricsStore } from './metrics-store';
import { useFunnelView, useOverlayOn } from './use-funnel-view';
import './metrics.css';
import { CanvasViewportPortal } from '../editor/canvas/canvas-layers';

const NO_BAND: Rect = { x: 0, y: 0, width: 0, height: 0 };
const backToActual = () => useMetricsStore.getState().setWhatIf(null);
const editNumbers = () => useMetricsStore.getState().setPanelOpen(true);
const importNumbers = () => runCommand('file.importMetrics', { source: 'button' });

/**
 * The funnel numbers drawn on the canvas: the funnel band under the stage headers (see
 * {@link FunnelBand}; the canvas's frozen stage strip carries it, and its lanes start below it) and a
 * tint over hotspot columns. Rendered inside `<JourneyCanvas>` so it pans and zooms with the map.
 */
export function MetricsOverlay({ map }: { map: JourneyMap }) {
  const view = useFunnelView(map);
  const on = useOverlayOn(view);
  const whatIf = useMetricsStore((s) => s.whatIf);
  const data = useMetricsStore((s) => s.data);
  const projected = useMemo(() => projectedCounts(view, whatIf), [view, whatIf]);
  return (
    <FunnelOverlay
      map={map}
      view={view}
      metrics={data}
      on={on}
      countEditable
      projected={projected}
      onBackToActual={backToActual}
      onEditNumbers={editNumbers}
      onImport={importNumbers}
    />
  );
}

/**
 * The same band for stored numbers (a saved version's period): read-only, shown when the period
 * has numbers. `metrics` is the snapshot's metrics in the shape the live overlay reads.
 */
export function SnapshotMetricsOverlay({ map, metrics }: { map: JourneyMap; metrics: MapMetrics }) {
  const view = useMemo(() => buildFunnelView(map, metrics), [map, metrics]);
  return (
    <FunnelOverlay
      map={map}
      view={view}
      metrics={metrics}
      on={view.hasNumbers}
      countEditable={false}
      projected={null}
    />
  );
}

function FunnelOverlay({
  map,
  view,
  metrics,
  on,
  countEditable,
  projected,
  onBackToActual,
  onEditNumbers,
  onImport,
}: {
  map: JourneyMap;
  view: FunnelView;
  metrics: MapMetrics | null;
  on: boolean;
  countEditable: boolean;
  projected: readonly (number | null)[] | null;
  onBackToActual?: () => void;
  onEditNumbers?: () => void;
  onImport?: () => void;
}) {
  const { t, i18n } = useTranslation();
  // The band's columns are the canvas's stage columns (the band's room moves only the header row,
  // never a column), so the canvas's own layout serves: no second layout of every card here.
  // Nothing is worked out while the band is hidden: every edit of the map renders this overlay.
  const layout = useCanvasLayout(map);
  // By the columns only: the room the band takes changes the layout (its header row) but no column,
  // so the band is not worked out a second time when the canvas makes its room.
  const { stages } = layout;
  const band = useMemo(() => {
    if (!on) return null;
    const extra = bandFigures(map, view, metrics);
    return { extra, ...bandLayout({ stages }, view, extra, projected, t, i18n.language) };
  }, [on, stages, map, view, metrics, projected, t, i18n.language]);
  const slot = useStageBand(band ? band.geometry.room : 0);
  useFitWithBand(
    map.id,
    band !== null,
    // From the header row (moved up by the band's room) down to the grid's bottom, which stays.
    band ? { ...band.geometry.rect, y: band.geometry.rect.y - CANVAS.stageHeaderHeight } : NO_BAND,
    // The grid's bottom, which the band's room does not move.
    band ? layout.grid.y + layout.grid.height : 0,
  );

  if (!band) return null;
  const { geometry, links, extra } = band;
  return (
    <>
      {projected !== null ? <WhatIfNotice onBackToActual={onBackToActual} /> : null}
      {slot
        ? createPortal(
            <FunnelBand
              mapId={map.id}
              view={view}
              geometry={geometry}
              links={links}
              extra={extra}
              projected={projected}
              countEditable={countEditable}
              {...(onBackToActual ? { onBackToActual } : {})}
              {...(onEditNumbers ? { onEditNumbers } : {})}
              {...(onImport ? { onImport } : {})}
            />,
            slot.band,
          )
        : null}
      {slot ? createPortal(<FunnelBandLegend view={view} geometry={geometry} />, slot.corner) : null}
      <CanvasViewportPortal>
        {layout.stages.map((column, index) =>
          view.stages[index]?.hotspot ? (
            <div
              key={column.id}
              className="metric-hotspot"
              data-testid={`stage-hotspot-${column.id}`}
              title={t('metrics.hotspot')}
              style={{
                transform: `translate(${column.x}px, 0px)`,
                width: column.width,
                height: layout.grid.y + layout.grid.height,
              }}
            />
          ) : null,
        )}
      </CanvasViewportPortal>
    </>
  );
}

/**
 * The canvas fits its nodes; the band moves the lanes down, so the fit takes the band's rectangle
 * down to the grid's new bottom while it shows (and refits when it comes or goes): "Fit map to
 * screen" and resizes too, through the editor's canvas fit. A canvas without one (a stored version)
 * is fitted again once with the band.
 */
function useFitWithBand(mapId: string, on: boolean, band: Rect, bottom: number): void {
  const flow = useReactFlow();
  const canvasFit = useCanvasFit();
  const initialized = useNodesInitialized();
  const fitted = useRef<string | null>(null);
  const { x, y, width } = band;
  useEffect(() => {
    if (!canvasFit) return;
    canvasFit.setExtraBounds(on ? { x, y, width, height: bottom - y } : null);
  }, [canvasFit, on, x, y, width, bottom]);
  useEffect(() => () => canvasFit?.setExtraBounds(null), [canvasFit]);
  useEffect(() => {
    if (canvasFit || !on || !initialized || fitted.current === mapId || width <= 0) return;
    fitted.current = mapId;
    // After React Flow's own fitView of this render.
    const timer = window.setTimeout(() => {
      void flow.fitBounds({ x, y, width, height: bottom - y }, { padding: 0.06 });
    }, 60);
    return () => window.clearTimeout(timer);
  }, [canvasFit, flow, initialized, on, mapId, x, y, width, bottom]);
}
