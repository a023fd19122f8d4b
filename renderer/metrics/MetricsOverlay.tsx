import { useNodesInitialized, useReactFlow, ViewportPortal } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { computeLayout } from '../../shared/canvas/layout';
import type { MapMetrics } from '../../shared/api';
import type { JourneyMap } from '../../shared/domain';
import { stageFigureText } from './figure-text';
import { buildFunnelView, type FunnelView, type StageFigures } from './funnel-view';
import { StageCountEditor } from './StageCountEditor';
import { useFunnelView, useOverlayOn } from './use-funnel-view';
import './metrics.css';

/** Height of the band of figures drawn above each stage header, in flow units. */
export const METRIC_BAND_HEIGHT = 168;
const BAND_GAP = 8;
/** How far above the stage headers the figures reach (presentation mode shows them with the stage). */
export const METRIC_BAND_REACH = METRIC_BAND_HEIGHT + BAND_GAP;

/**
 * The funnel numbers drawn on the canvas: a band above every stage header (count, conversion,
 * drop-off, target, change, biggest leak, data problems) and a tint over hotspot columns. Rendered
 * inside `<ReactFlow>` so it pans and zooms with the map.
 */
export function MetricsOverlay({ map }: { map: JourneyMap }) {
  const view = useFunnelView(map);
  const on = useOverlayOn(view);
  return <FunnelBands map={map} view={view} on={on} countEditable />;
}

/**
 * The same bands for stored numbers (a saved version's period): read-only, shown when the period
 * has numbers. `metrics` is the snapshot's metrics in the shape the live overlay reads.
 */
export function SnapshotMetricsOverlay({ map, metrics }: { map: JourneyMap; metrics: MapMetrics }) {
  const view = useMemo(() => buildFunnelView(map, metrics), [map, metrics]);
  return <FunnelBands map={map} view={view} on={view.hasNumbers} countEditable={false} />;
}

function FunnelBands({
  map,
  view,
  on,
  countEditable,
}: {
  map: JourneyMap;
  view: FunnelView;
  on: boolean;
  countEditable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const layout = useMemo(() => computeLayout(map), [map]);
  useFitWithBand(map.id, on, layout.grid.width, layout.grid.height);

  if (!on) return null;
  const previousName = view.previous?.name ?? null;
  return (
    <ViewportPortal>
      {layout.stages.map((column, index) => {
        const figures = view.stages[index] as StageFigures | undefined;
        if (!figures) return null;
        const text = stageFigureText(figures, previousName, t, i18n.language);
        const { row } = figures;
        return (
          <div key={column.id}>
            {figures.hotspot ? (
              <div
                className="metric-hotspot"
                data-testid={`stage-hotspot-${column.id}`}
                title={t('metrics.hotspot')}
                style={{
                  transform: `translate(${column.x}px, 0px)`,
                  width: column.width,
                  height: layout.grid.height,
                }}
              />
            ) : null}
            <section
              className={`metric-band nodrag nopan${row.isBiggestLeak ? ' metric-band--leak' : ''}${
                text.problem !== null ? ' metric-band--problem' : ''
              }`}
              data-testid={`stage-metric-${column.id}`}
              aria-label={t('metrics.overlayLabel', { stage: figures.stageName })}
              style={{
                transform: `translate(${column.x + 6}px, ${-METRIC_BAND_HEIGHT - BAND_GAP}px)`,
                width: column.width - 12,
                height: METRIC_BAND_HEIGHT,
              }}
            >
              {countEditable ? (
                <StageCountEditor mapId={map.id} figures={figures} label={text.count} />
              ) : (
                <p className="metric-band__count metric-band__count--fixed" data-testid="metric-count">
                  {text.count}
                </p>
              )}
              <p className="metric-band__line" data-testid="metric-conversion">
                {text.conversion}
              </p>
              <p className="metric-band__line" data-testid="metric-dropoff">
                {text.dropOff}
              </p>
              {text.target !== null ? (
                <p
                  className={`metric-band__line${row.targetMet === false ? ' metric-band__line--bad' : ''}`}
                  data-testid="metric-target"
                >
                  {text.target}
                </p>
              ) : null}
              {text.change !== null ? (
                <p className="metric-band__line metric-band__line--muted" data-testid="metric-change">
                  {text.change}
                </p>
              ) : null}
              {row.isBiggestLeak ? (
                <strong className="metric-band__leak" data-testid="metric-leak">
                  {t('metrics.biggestLeak')}
                </strong>
              ) : null}
              {text.problem !== null ? (
                <p className="metric-band__problem" data-testid="metric-problem" role="note">
                  {text.problem}
                </p>
              ) : null}
              {figures.hotspot ? (
                <p className="metric-band__hotspot" data-testid="metric-hotspot">
                  {t('metrics.hotspot')}
                </p>
              ) : null}
            </section>
          </div>
        );
      })}
    </ViewportPortal>
  );
}

/**
 * The canvas fits its nodes; the band sits above them, so once per map (when the overlay first
 * shows) the view is fitted again with the band included.
 */
function useFitWithBand(mapId: string, on: boolean, width: number, height: number): void {
  const flow = useReactFlow();
  const initialized = useNodesInitialized();
  const fitted = useRef<string | null>(null);
  useEffect(() => {
    if (!on || !initialized || fitted.current === mapId || width <= 0) return;
    fitted.current = mapId;
    // After React Flow's own fitView of this render.
    const timer = window.setTimeout(() => {
      void flow.fitBounds(
        { x: 0, y: -METRIC_BAND_HEIGHT - BAND_GAP, width, height: height + METRIC_BAND_HEIGHT + BAND_GAP },
        { padding: 0.06 },
      );
    }, 60);
    return () => window.clearTimeout(timer);
  }, [flow, initialized, on, mapId, width, height]);
}
