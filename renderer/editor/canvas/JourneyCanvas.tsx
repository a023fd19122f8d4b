import { CONNECTION_COLORS } from '../../../shared/design/tokens';
import {
  applyNodeChanges,
  Background,
  BackgroundVariant,
  Controls,
  MarkerType,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type AriaLabelConfig,
  type Connection,
  type DefaultEdgeOptions,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  type DragEvent,
  type FocusEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { CANVAS, computeLayout, withStageBand, type MapLayout } from '../../../shared/canvas/layout';
import type { JourneyMap, PersonaNameLookup } from '../../../shared/domain';
import { addConnection } from '../../../shared/document';
import { isPaletteKind, PALETTE_MIME } from '../palette/palette-items';
import { addCardOfKind, addStageAt, editTitle } from './canvas-actions';
import { startCapture } from './cell-capture';
import { planCardDrop, type DraggedCard } from './card-drop';
import {
  cardIdOfNode,
  connectionIdOfEdge,
  createEdgeBuilder,
  createNodeBuilder,
  type CanvasLabels,
  type CanvasNode,
  type ConnectionEdge,
} from './canvas-nodes';
import { useEditorUi } from '../store/editor-ui-store';
import { edgeTypes } from './edge-types';
import { CanvasMinimap } from './CanvasMinimap';
import { EmotionCurve } from './EmotionCurve';
import { hitTest, stageInsertIndex, type CanvasHit, type FlowPoint } from './hit-test';
import { nodeTypes } from './node-types';
import { useViewPrefs } from '../store/view-prefs-store';
import { editDocument } from '../store/edit-document';
import { usePersonaNames } from '../../personas/persona-store';
import { CanvasFitProvider, useFitOnResize, type CanvasFit } from './canvas-fit';
import { FrozenHeaders } from './FrozenHeaders';
import {
  CanvasLayoutProvider,
  setLiveStageBandRoom,
  StageBandSlotProvider,
  type StageBandSlot,
} from './canvas-layout';
import { ReadingDensity } from './ReadingDensity';
import { usePresentation } from '../store/presentation';
import { presentationNodes } from './presentation-nodes';
import { revealedEdges, revealedNodes, useCardReveal } from './card-reveal';

const SNAP_GRID: [number, number] = [16, 16];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const DEFAULT_EDGE_OPTIONS: DefaultEdgeOptions = {
  markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: CONNECTION_COLORS.canvas },
};
const PRO_OPTIONS = { hideAttribution: true };
// Above this many cards only what is on screen is drawn (React Flow's visible-elements rendering),
// as the compare view does: at 5,000 cards every card was in the DOM. Smaller maps keep every
// card in the DOM, so the keyboard can walk them all.
const VISIBLE_ONLY_ABOVE_CARDS = 2_000;

/** What a canvas shows besides the map. */
export interface JourneyCanvasProps {
  map: JourneyMap;
  /**
   * The same nodes, curve and overlays, but nothing can change: no dragging, connecting, dropping
   * or typing (a saved version). Cards stay focusable so the map can still be read by keyboard.
   */
  readOnly?: boolean;
  /** Names of personas the library no longer has (a version's own copies), after the library's. */
  fallbackPersonaNames?: PersonaNameLookup;
  children?: ReactNode;
}

/**
 * The map as an editable stage x lane grid with its cards, connections and emotion curve.
 * `children` are drawn inside React Flow (overlays of other features: use `CanvasViewportPortal`
 * from canvas-layers.tsx and `useCanvasLayout(map)` to place things in flow coordinates). An overlay
 * may put a band under the stage names (`useStageBand`, the funnel band): the lanes then start below it.
 */
export function JourneyCanvas(props: JourneyCanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasFlow {...props} />
    </ReactFlowProvider>
  );
}

function useCanvasLabels(): CanvasLabels {
  const { t, i18n } = useTranslation();
  return useMemo<CanvasLabels>(
    () => ({
      cardKind: (kind) => t(`cardKind.${kind}`),
      laneKind: (kind) => t(`laneKind.${kind}`),
      channel: (channel) => t(`inspector.channels.${channel}`),
      connection: (from, to) => t('editor.connection', { from, to }),
      cardName: (kind, title) => t('editor.cardName', { kind, title }),
    }),
    // i18n.language: t keeps its identity across language changes in some versions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
}

function useAriaLabels(): Partial<AriaLabelConfig> {
  const { t, i18n } = useTranslation();
  return useMemo<Partial<AriaLabelConfig>>(
    () => ({
      'node.a11yDescription.default': t('flow.nodeDescription'),
      'node.a11yDescription.keyboardDisabled': t('flow.nodeDescriptionKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
        t('flow.nodeMoved', { direction, x: String(x), y: String(y) }),
      'edge.a11yDescription.default': t('flow.edgeDescription'),
      'controls.ariaLabel': t('flow.controls'),
      'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
      'controls.fitView.ariaLabel': t('flow.fitView'),
      'controls.interactive.ariaLabel': t('flow.interactive'),
      'minimap.ariaLabel': t('flow.minimap'),
      'handle.ariaLabel': t('flow.handle'),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
}

/**
 * Marks the nodes of selected cards as selected and the card whose title is being typed as editing;
 * other node objects are passed through untouched. Editing is a node's data, not a subscription
 * of every card to the editor's UI store, which each select and cell change notified (2,000
 * selector runs per click at 1,000 cards).
 */
function withCardStates(
  nodes: CanvasNode[],
  selected: ReadonlySet<string>,
  editing: string | null,
): CanvasNode[] {
  if (selected.size === 0 && editing === null) return nodes;
  return nodes.map((node) => {
    if (node.type !== 'card') return node;
    const cardId = node.data.card.id;
    const isSelected = selected.has(cardId);
    const isEditing = editing === cardId;
    if (!isSelected && !isEditing) return node;
    return {
      ...node,
      ...(isSelected ? { selected: true } : {}),
      ...(isEditing ? { data: { ...node.data, editing: true } } : {}),
    };
  });
}

function withSelectedEdges(edges: ConnectionEdge[], selected: ReadonlySet<string>): ConnectionEdge[] {
  if (selected.size === 0) return edges;
  return edges.map((edge) =>
    selected.has(edge.data?.connectionId ?? '') ? { ...edge, selected: true } : edge,
  );
}

function pointerOf(event: MouseEvent | TouchEvent): { x: number; y: number } {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 };
  }
  return { x: event.clientX, y: event.clientY };
}

function CanvasFlow({ map, readOnly = false, fallbackPersonaNames, children }: JourneyCanvasProps) {
  const { t } = useTranslation();
  const { screenToFlowPosition, getViewport, setCenter } = useReactFlow();
  // Where the pointer is on the map, unsnapped: snapping it to the 16-unit grid could carry a point
  // just inside a lane's (or the grid's) edge over it, and the drop would land in the wrong place.
  const pointAt = useCallback(
    (client: { x: number; y: number }) => screenToFlowPosition(client, { snapToGrid: false }),
    [screenToFlowPosition],
  );
  const labels = useCanvasLabels();
  const ariaLabelConfig = useAriaLabels();
  const showMinimap = useViewPrefs((v) => v.minimap);
  const selectedCardIds = useEditorUi((s) => s.selection.cards);
  const selectedConnectionIds = useEditorUi((s) => s.selection.connections);
  const focusRequest = useEditorUi((s) => s.focusRequest);
  const editingCardId = useEditorUi((s) => s.editingCardId);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const canvasFit = useFitOnResize(container, showMinimap);
  // What overlays use of the fit, without `fitted`: the first fit gives them no new object.
  const { fit, markMoved, setExtraBounds } = canvasFit;
  const overlayFit = useMemo<CanvasFit>(
    () => ({ fit, markMoved, setExtraBounds }),
    [fit, markMoved, setExtraBounds],
  );
  // Presentation mode: the same canvas, locked, with the other stages dimmed.
  const presenting = usePresentation((s) => s.active);
  const presentedStage = usePresentation((s) => s.stageId);
  const locked = readOnly || presenting;

  // A band under the stage names (the funnel band) pushes the lanes down by its room; an overlay
  // draws it into the frozen strip's band and corner elements.
  const [bandRoom, setBandRoom] = useState(0);
  const [bandSlot] = useState<StageBandSlot>(() => ({
    setRoom: setBandRoom,
    band: document.createElement('div'),
    corner: document.createElement('div'),
  }));
  // The band's room moves only the header row: showing or hiding it lays out no card again.
  const plainLayout = useMemo(() => computeLayout(map), [map]);
  const layout = useMemo(() => withStageBand(plainLayout, bandRoom), [plainLayout, bandRoom]);
  useEffect(() => {
    if (readOnly) return;
    setLiveStageBandRoom(bandRoom);
    return () => setLiveStageBandRoom(0);
  }, [readOnly, bandRoom]);
  const [buildNodes] = useState(() => createNodeBuilder({ readOnly }));
  const [buildEdges] = useState(() => createEdgeBuilder({ readOnly }));
  const library = usePersonaNames();
  const personaName = useMemo<PersonaNameLookup>(
    () => (fallbackPersonaNames ? (id) => library(id) ?? fallbackPersonaNames(id) : library),
    [library, fallbackPersonaNames],
  );
  const built = useMemo(
    () => buildNodes(map, layout, labels, personaName),
    [buildNodes, map, layout, labels, personaName],
  );
  const builtEdges = useMemo(
    () => buildEdges(map, labels, personaName),
    [buildEdges, map, labels, personaName],
  );

  // The nodes React Flow draws: the built ones with the selection, plus pointer positions while a
  // drag runs. Those stay here (never in the document store) until the drag ends; a new build, a
  // new selection or a refused drop starts again from the built nodes.
  const [resetCount, setResetCount] = useState(0);
  const [view, setView] = useState(() => ({
    built,
    selected: selectedCardIds,
    editing: editingCardId,
    resetCount,
    nodes: withCardStates(built, selectedCardIds, editingCardId),
  }));
  if (
    view.built !== built ||
    view.selected !== selectedCardIds ||
    view.editing !== editingCardId ||
    view.resetCount !== resetCount
  ) {
    setView({
      built,
      selected: selectedCardIds,
      editing: editingCardId,
      resetCount,
      nodes: withCardStates(built, selectedCardIds, editingCardId),
    });
  }
  const edges = useMemo(
    () => withSelectedEdges(builtEdges, selectedConnectionIds),
    [builtEdges, selectedConnectionIds],
  );
  // A large map's cards come in over a few frames when it opens (useCardReveal).
  const visibleOnly = map.cards.length > VISIBLE_ONLY_ABOVE_CARDS;
  const revealing = useCardReveal(map.id, map.cards.length, visibleOnly);
  // No card in a cell before the first fit (see EditorCanvasFit.fitted).
  const revealed = canvasFit.fitted ? revealing : 0;
  const shownNodes = useMemo(() => {
    const nodes = revealedNodes(view.nodes, revealed);
    return presenting ? presentationNodes(nodes, presentedStage) : nodes;
  }, [presenting, presentedStage, view.nodes, revealed]);
  const shownEdges = useMemo(() => revealedEdges(edges, shownNodes, revealed), [edges, shownNodes, revealed]);

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    let selection: Set<string> | null = null;
    const rest: NodeChange<CanvasNode>[] = [];
    for (const change of changes) {
      if (change.type !== 'select') {
        rest.push(change);
        continue;
      }
      const cardId = cardIdOfNode(change.id);
      if (cardId === null) continue;
      selection ??= new Set(useEditorUi.getState().selection.cards);
      if (change.selected) selection.add(cardId);
      else selection.delete(cardId);
    }
    if (selection) useEditorUi.getState().selectItems(selection);
    if (rest.length > 0) setView((v) => ({ ...v, nodes: applyNodeChanges(rest, v.nodes) }));
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<ConnectionEdge>[]) => {
    let selection: Set<string> | null = null;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      const connectionId = connectionIdOfEdge(change.id);
      if (connectionId === null) continue;
      selection ??= new Set(useEditorUi.getState().selection.connections);
      if (change.selected) selection.add(connectionId);
      else selection.delete(connectionId);
    }
    if (selection) {
      const ui = useEditorUi.getState();
      ui.selectItems(ui.selection.cards, selection);
    }
    // Edges have nothing else that changes locally (they cannot be dragged); other changes are ignored.
  }, []);

  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback(
    (event, _node, dragged) => {
      const moved = dragged.flatMap((node) => {
        const id = cardIdOfNode(node.id);
        return id === null ? [] : [{ id, x: Math.round(node.position.x), y: Math.round(node.position.y) }];
      });
      const applied = moved.length > 0 && dropCards(layout, moved, pointAt(pointerOf(event)));
      // A refused or pointless drop (a header, the same place): the cards snap back.
      if (!applied) setResetCount((n) => n + 1);
    },
    [layout, pointAt],
  );

  const onConnect = useCallback((connection: Connection) => {
    const source = cardIdOfNode(connection.source);
    const target = cardIdOfNode(connection.target);
    if (source === null || target === null) return;
    editDocument((m) => addConnection(m, source, target));
  }, []);

  const onPaneClick = useCallback(
    (event: ReactMouseEvent) => {
      const hit = hitTest(layout, pointAt({ x: event.clientX, y: event.clientY }));
      if (hit.area === 'cell') useEditorUi.getState().setSelectedCell(hit.cell);
    },
    [layout, pointAt],
  );

  // A double-click on a cell (the pane shows through the cell grid) starts sticky-note capture there.
  const onDoubleClick = useCallback(
    (event: ReactMouseEvent<HTMLDivElement>) => {
      if (!(event.target as HTMLElement).classList?.contains('react-flow__pane')) return;
      const hit = hitTest(layout, pointAt({ x: event.clientX, y: event.clientY }));
      if (hit.area === 'cell') startCapture(hit.cell);
    },
    [layout, pointAt],
  );

  const onFocusCapture = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      const nodeEl = (event.target as HTMLElement).closest?.('.react-flow__node-card');
      const cardId = cardIdOfNode(nodeEl?.getAttribute('data-id') ?? '');
      if (cardId === null) return;
      const card = map.cards.find((c) => c.id === cardId);
      if (card?.stageId && card.laneId) {
        useEditorUi.getState().setSelectedCell({ stageId: card.stageId, laneId: card.laneId });
      }
    },
    [map],
  );

  const onNodeDoubleClick = useCallback((_: ReactMouseEvent, node: CanvasNode) => {
    const cardId = cardIdOfNode(node.id);
    if (cardId !== null) editTitle(cardId);
  }, []);

  const onEdgeDoubleClick = useCallback((_: ReactMouseEvent, edge: ConnectionEdge) => {
    const connectionId = connectionIdOfEdge(edge.id);
    if (connectionId !== null) useEditorUi.getState().editConnection(connectionId);
  }, []);

  const onDragOver = useCallback((event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME);
      if (!isPaletteKind(kind)) return;
      event.preventDefault();
      const point = pointAt({ x: event.clientX, y: event.clientY });
      dropPaletteItem(kind, map, layout, point, frozenHeaderAt(event.target, layout, point));
    },
    [map, layout, pointAt],
  );

  // Only what is on screen is drawn in a large map: a card added, pasted or moved off screen has no
  // node to type its title in or to focus, so the view centres it first (zoom kept).
  const wanted = editingCardId ?? focusRequest;
  useEffect(() => {
    if (!visibleOnly || wanted === null || container === null) return;
    const box = layout.cards.find((c) => c.id === wanted);
    if (!box) return;
    const { x, y, zoom } = getViewport();
    const left = box.x * zoom + x;
    const top = box.y * zoom + y;
    const onScreen =
      left + box.width * zoom > 0 &&
      top + box.height * zoom > 0 &&
      left < container.clientWidth &&
      top < container.clientHeight;
    if (onScreen) return;
    canvasFit.markMoved();
    void setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom });
  }, [visibleOnly, wanted, container, layout, getViewport, setCenter, canvasFit]);

  // Give focus to a card that was just added, pasted or moved by the keyboard, once it is drawn.
  useEffect(() => {
    if (focusRequest === null) return;
    const el = document.querySelector<HTMLElement>(
      `.react-flow__node[data-id="card:${CSS.escape(focusRequest)}"]`,
    );
    if (!el) return;
    el.focus();
    useEditorUi.getState().requestFocus(null);
  }, [focusRequest, view.nodes]);

  return (
    <div
      ref={setContainer}
      className="canvas"
      aria-label={t('editor.canvas')}
      role="region"
      data-read-only={readOnly || undefined}
      {...(locked ? {} : { onDragOver, onDrop, onFocusCapture, onDoubleClick })}
    >
      <ReactFlow<CanvasNode, ConnectionEdge>
        nodes={shownNodes}
        edges={shownEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        {...(locked
          ? { nodesDraggable: false, nodesConnectable: false }
          : {
              onNodeDragStop,
              onConnect,
              onPaneClick,
              onNodeDoubleClick,
              onEdgeDoubleClick,
            })}
        edgesReconnectable={false}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        // No zoom key: the wheel and a pinch zoom already, and presentation mode must not zoom. React
        // Flow's default (Ctrl, Cmd on a Mac) re-added its wheel listener on every press and release,
        // so Chromium repainted every card to record the new wheel region (about 30 ms at 1,000 cards)
        // for each Ctrl shortcut: undo, copy, the funnel band.
        zoomActivationKeyCode={null}
        zoomOnDoubleClick={false}
        {...(presenting
          ? { elementsSelectable: false, panOnDrag: false, zoomOnScroll: false, zoomOnPinch: false }
          : {})}
        snapToGrid
        snapGrid={SNAP_GRID}
        // No `fitView` here: the canvas fit (useFitOnResize) makes the first fit, with the funnel band
        // and the minimap's room. React Flow's own fit knows only the nodes, and when it resolved
        // after ours it put the top row under the band.
        onMoveStart={canvasFit.onMoveStart}
        minZoom={0.1}
        maxZoom={2}
        ariaLabelConfig={ariaLabelConfig}
        proOptions={PRO_OPTIONS}
        onlyRenderVisibleElements={visibleOnly}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="#cbd5e1" />
        <Controls
          showInteractive={false}
          onZoomIn={canvasFit.markMoved}
          onZoomOut={canvasFit.markMoved}
          onFitView={() => canvasFit.fit()}
        />
        {showMinimap ? <CanvasMinimap map={map} layout={layout} /> : null}
        {/* The band's room moves only the header row: the curve, in its lane, takes the plain layout and
            is not drawn again when the band comes or goes. */}
        <EmotionCurve map={map} layout={plainLayout} />
        <CanvasLayoutProvider value={layout}>
          <FrozenHeaders map={map} layout={layout} labels={labels} band={bandRoom > 0 ? bandSlot : null} />
          <ReadingDensity container={container} />
          <StageBandSlotProvider value={bandSlot}>
            <CanvasFitProvider value={overlayFit}>{children}</CanvasFitProvider>
          </StageBandSlotProvider>
        </CanvasLayoutProvider>
      </ReactFlow>
    </div>
  );
}

/** Commits a card drag as one edit (see planCardDrop); returns whether the map changed. */
function dropCards(layout: MapLayout, moved: DraggedCard[], point: FlowPoint): boolean {
  const drop = planCardDrop(layout, moved, point);
  if (drop === null) return false;
  const applied = editDocument(drop.edit);
  if (applied && drop.cell) {
    useEditorUi.getState().setSelectedCell({ stageId: drop.cell.stageId, laneId: drop.cell.laneId });
  }
  return applied;
}

/**
 * The header a drop landed on, if any: the frozen headers can cover cells that scrolled under them,
 * so the element hit counts, not the flow position. The band under the stage names counts as the
 * header of the stage it is drawn under.
 */
function frozenHeaderAt(target: EventTarget, layout: MapLayout, point: FlowPoint): CanvasHit | null {
  const el = target instanceof Element ? target : null;
  const stageId = el?.closest<HTMLElement>('.frozen-headers__stage')?.dataset['stageId'];
  if (stageId) return { area: 'stageHeader', stageId };
  if (el?.closest('.frozen-headers__band')) {
    const column = layout.stages.find((s) => point.x >= s.x && point.x < s.x + s.width);
    return column ? { area: 'stageHeader', stageId: column.id } : null;
  }
  const laneId = el?.closest<HTMLElement>('.frozen-headers__lane')?.dataset['laneId'];
  return laneId ? { area: 'laneHeader', laneId } : null;
}

/** A palette item let go over the canvas: a stage becomes a column there, a card goes to the cell. */
function dropPaletteItem(
  kind: string,
  map: JourneyMap,
  layout: MapLayout,
  point: FlowPoint,
  header: CanvasHit | null,
): void {
  if (kind === 'stage') {
    addStageAt(stageInsertIndex(layout, point.x));
    return;
  }
  if (!isPaletteKind(kind) || kind === 'stage') return;
  const hit = header ?? hitTest(layout, point);
  switch (hit.area) {
    case 'cell':
      addCardOfKind(kind, hit.cell);
      return;
    case 'stageHeader': {
      const lane = map.lanes[0];
      if (lane) addCardOfKind(kind, { stageId: hit.stageId, laneId: lane.id, index: 0 });
      return;
    }
    case 'laneHeader': {
      const stage = map.stages[0];
      if (stage) addCardOfKind(kind, { stageId: stage.id, laneId: hit.laneId });
      return;
    }
    case 'outside':
      // Centre the free card on the pointer, on the snap grid like dragged free cards.
      addCardOfKind(kind, {
        x: Math.round((point.x - 120) / SNAP_GRID[0]) * SNAP_GRID[0],
        y: Math.round((point.y - CANVAS.cardHeight / 2) / SNAP_GRID[1]) * SNAP_GRID[1],
      });
      return;
    default:
      return;
  }
}
