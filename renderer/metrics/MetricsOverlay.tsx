import { useNodesInitialized, useReactFlow, ViewportPortal } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { computeLayout, type Rect } from '../../shared/canvas/layout';
import { personaBandClearance } from '../../shared/canvas/persona-band';
import type { MapMetrics } from '../../shared/api';
import type { JourneyMap } from '../../shared/domain';
import { runCommand } from '../commands/command-registry';
import { useCanvasFit } from '../editor/canvas/canvas-fit';
import { bandFigures } from './band-figures';
import { buildFunnelView, projectedCounts, type FunnelView } from './funnel-view';
import { bandLayout, FunnelBand, WhatIfNotice } from './FunnelBand';
import { useMetricsStore } from './metrics-store';
import { useFunnelView, useOverlayOn } from './use-funnel-view';
import './metrics.css';

/**
 * The funnel numbers drawn on the canvas: the funnel band above the stage headers (see
 * {@link FunnelBand}) and a tint over hotspot columns. Rendered inside `<ReactFlow>` so it pans and
 * zooms with the map.
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
      onBackToActual={() => useMetricsStore.getState().setWhatIf(null)}
      onEditNumbers={() => useMetricsStore.getState().setPanelOpen(true)}
      onImport={() => runCommand('file.importMetrics', { source: 'button' })}
    />
  );
}

/**
 * How far above the grid the live funnel band reaches, in flow units (0 while it is off): presentation
 * mode shows a stage together with its part of the band. Same figures as {@link MetricsOverlay}.
 */
export function useFunnelBandReach(map: JourneyMap): number {
  const { t, i18n } = useTranslation();
  const view = useFunnelView(map);
  const on = useOverlayOn(view);
  const whatIf = useMetricsStore((s) => s.whatIf);
  const data = useMetricsStore((s) => s.data);
  return useMemo(() => {
    if (!on) return 0;
    const projected = projectedCounts(view, whatIf);
    const extra = bandFigures(map, view, data);
    const { rect } = bandLayout(
      computeLayout(map),
      view,
      extra,
      projected,
      t,
      i18n.language,
      personaBandClearance(map),
    ).geometry;
    return -rect.y;
  }, [on, map, view, whatIf, data, t, i18n.language]);
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
  const layout = useMemo(() => computeLayout(map), [map]);
  const extra = useMemo(() => bandFigures(map, view, metrics), [map, view, metrics]);
  const clearance = personaBandClearance(map);
  const band = useMemo(
    () => bandLayout(layout, view, extra, projected, t, i18n.language, clearance).geometry.rect,
    [layout, view, extra, projected, t, i18n.language, clearance],
  );
  useFitWithBand(map.id, on, band, layout.grid.height);

  if (!on) return null;
  return (
    <>
      {projected !== null ? <WhatIfNotice onBackToActual={onBackToActual} /> : null}
      <ViewportPortal>
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
                height: layout.grid.height,
              }}
            />
          ) : null,
        )}
        <FunnelBand
          mapId={map.id}
          layout={layout}
          view={view}
          extra={extra}
          projected={projected}
          countEditable={countEditable}
          clearance={clearance}
          {...(onBackToActual ? { onBackToActual } : {})}
          {...(onEditNumbers ? { onEditNumbers } : {})}
          {...(onImport ? { onImport } : {})}
        />
      </ViewportPortal>
    </>
  );
}

/**
 * The canvas fits its nodes; the band sits above them, so the fit includes the band while it shows
 * ("Fit map to screen" and resizes too, through the editor's canvas fit). A canvas without one (a
 * stored version) is fitted again once with the band.
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
