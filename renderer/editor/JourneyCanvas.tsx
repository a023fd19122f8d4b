import {
  applyNodeChanges,
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  type AriaLabelConfig,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeLayout } from '../../shared/canvas/layout';
import type { JourneyMap } from '../../shared/domain';
import { buildCanvasEdges, buildCanvasNodes, type CanvasLabels, type CanvasNode } from './canvas-nodes';
import { nodeTypes } from './node-types';

const MINIMAP_COLORS: Record<string, string> = {
  stageHeader: '#c7d2fe',
  laneHeader: '#e2e8f0',
  cellGrid: '#f8fafc',
  card: '#64748b',
};
const minimapColor = (node: CanvasNode): string => MINIMAP_COLORS[node.type] ?? '#94a3b8';

const FIT_VIEW_OPTIONS = { padding: 0.08, maxZoom: 1 } as const;

/** The map drawn as a stage x lane grid with its cards. Read-only for now: selection only. */
export function JourneyCanvas({ map }: { map: JourneyMap }) {
  const { t, i18n } = useTranslation();

  const labels = useMemo<CanvasLabels>(
    () => ({
      cardKind: (kind) => t(`cardKind.${kind}`),
      laneKind: (kind) => t(`laneKind.${kind}`),
      connection: (from, to) => t('editor.connection', { from, to }),
      cardName: (kind, title) => t('editor.cardName', { kind, title }),
    }),
    // i18n.language: t keeps its identity across language changes in some versions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
  const layout = useMemo(() => computeLayout(map), [map]);
  const built = useMemo(() => buildCanvasNodes(map, layout, labels), [map, layout, labels]);
  const edges = useMemo(() => buildCanvasEdges(map, labels), [map, labels]);

  // Selection lives in the nodes React Flow draws; a new map (or language) starts from the built nodes.
  const [state, setState] = useState({ built, nodes: built });
  if (state.built !== built) setState({ built, nodes: built });
  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    setState((s) => ({ ...s, nodes: applyNodeChanges(changes, s.nodes) }));
  }, []);

  const ariaLabelConfig = useMemo<Partial<AriaLabelConfig>>(
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

  return (
    <div className="canvas" aria-label={t('editor.canvas')} role="region">
      <ReactFlow<CanvasNode>
        nodes={state.nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesReconnectable={false}
        deleteKeyCode={null}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.1}
        maxZoom={2}
        ariaLabelConfig={ariaLabelConfig}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="#cbd5e1" />
        <Controls showInteractive={false} />
        <MiniMap<CanvasNode> pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} />
      </ReactFlow>
    </div>
  );
}
