import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { memo, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_TOKENS } from '../../../shared/design/tokens';
import type { CardKind, JourneyMap } from '../../../shared/domain';
import type { MapLayout, Rect } from '../../../shared/canvas/layout';
import { mapPersonaIds, personaBandRect } from '../../../shared/canvas/persona-band';
import { unionOfRects } from '../../../shared/canvas/rect';

/** The minimap's size on screen, React Flow's defaults. */
const WIDTH = 200;
const HEIGHT = 150;
/** Room around the map in the minimap, in minimap pixels (React Flow's `offsetScale`). */
const OFFSET = 5;
const GRID_FILL = '#e0e7ff';

/** The visible part of the flow, in flow units: one subscription, cheap to compare. */
const viewSelector = (s: ReactFlowState) => ({
  x: -s.transform[0] / s.transform[2],
  y: -s.transform[1] / s.transform[2],
  width: s.width / s.transform[2],
  height: s.height / s.transform[2],
  flowWidth: s.width,
  flowHeight: s.height,
  panZoom: s.panZoom,
  translateExtent: s.translateExtent,
});
type View = ReturnType<typeof viewSelector>;
const sameView = (a: View, b: View) =>
  a.x === b.x &&
  a.y === b.y &&
  a.width === b.width &&
  a.height === b.height &&
  a.flowWidth === b.flowWidth &&
  a.flowHeight === b.flowHeight &&
  a.panZoom === b.panZoom &&
  a.translateExtent === b.translateExtent;

const rectPath = (r: Rect) => `M${r.x},${r.y}h${r.width}v${r.height}h${-r.width}z`;

/**
 * The map in small, in the bottom-right corner: the grid, the personas band and every card in its
 * kind's colour, with the visible part of the view outlined; drag or wheel on it to pan and zoom
 * (React Flow's own minimap interaction, XYMinimap). Drawn from the map's layout as one path per
 * kind, not one element per card: React Flow's minimap put a store listener on every node and
 * measured all their bounds on every store update, which every drag step and edit of a 1,000-card
 * map paid for. It follows the map's saved layout, so a card being dragged moves here when dropped.
 */
export const CanvasMinimap = memo(function CanvasMinimap({
  map,
  layout,
}: {
  map: Pick<JourneyMap, 'cards' | 'personaIds'>;
  layout: MapLayout;
}) {
  const { t } = useTranslation();
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const minimap = useRef<XYMinimapInstance | null>(null);
  const titleId = useId();
  const view = useStore(viewSelector, sameView);

  // The cards' paths follow the cards only: a band under the stage names (the funnel band) changes
  // the grid's top, not a card, so showing it draws no card path again.
  const { cards } = map;
  const cardPaths = useMemo(() => {
    const kindOf = new Map(cards.map((c) => [c.id, c.kind]));
    const byKind = new Map<CardKind, string[]>();
    for (const box of layout.cards) {
      const kind = kindOf.get(box.id);
      if (!kind) continue;
      const list = byKind.get(kind) ?? [];
      list.push(rectPath(box));
      byKind.set(kind, list);
    }
    return {
      paths: [...byKind.entries()].map(([kind, paths]) => ({ kind, d: paths.join('') })),
      bounds: unionOfRects(layout.cards),
    };
  }, [cards, layout.cards]);
  const drawn = useMemo(() => {
    const band = mapPersonaIds(map).length > 0 ? personaBandRect(layout) : null;
    const rects = [layout.grid, ...(cardPaths.bounds ? [cardPaths.bounds] : []), ...(band ? [band] : [])];
    return {
      grid: [layout.grid, ...(band ? [band] : [])].map(rectPath).join(''),
      cards: cardPaths.paths,
      bounds: unionOfRects(rects),
    };
  }, [map, layout, cardPaths]);

  const whole = unionOfRects([...(drawn.bounds ? [drawn.bounds] : []), view]) ?? view;
  const viewScale = Math.max(whole.width / WIDTH, whole.height / HEIGHT);
  const offset = OFFSET * viewScale;
  const box = {
    x: whole.x - (viewScale * WIDTH - whole.width) / 2 - offset,
    y: whole.y - (viewScale * HEIGHT - whole.height) / 2 - offset,
    width: viewScale * WIDTH + 2 * offset,
    height: viewScale * HEIGHT + 2 * offset,
  };
  const scale = useRef(viewScale);
  scale.current = viewScale;

  useEffect(() => {
    const panZoom = store.getState().panZoom;
    if (!svg.current || !panZoom) return;
    minimap.current = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => scale.current,
    });
    return () => {
      minimap.current?.destroy();
      minimap.current = null;
    };
  }, [store, view.panZoom]);
  useEffect(() => {
    minimap.current?.update({
      translateExtent: view.translateExtent,
      width: view.flowWidth,
      height: view.flowHeight,
      pannable: true,
      zoomable: true,
    });
  }, [view.translateExtent, view.flowWidth, view.flowHeight, view.panZoom]);

  const outer = `M${box.x - offset},${box.y - offset}h${box.width + 2 * offset}v${box.height + 2 * offset}h${-box.width - 2 * offset}z`;
  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{t('flow.minimap')}</title>
        <path d={drawn.grid} fill={GRID_FILL} />
        {drawn.cards.map(({ kind, d }) => (
          <path key={kind} d={d} fill={KIND_TOKENS[kind].border} data-kind={kind} />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`${outer}${rectPath(view)}`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
});
