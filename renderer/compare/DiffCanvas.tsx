import {
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  type ReactFlowInstance,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffOverlay } from './diff-overlay';
import { diffNodeTypes, type DiffNode } from './DiffNodes';

/**
 * A constant: React Flow copies a changed `fitViewOptions` prop into its store, which would replace
 * the options of a pending `fitView({ nodes })` call (focusing an entry) on the next render.
 */
const FIT_VIEW_OPTIONS = { padding: 0.08, maxZoom: 1 } as const;

const FIXED = { draggable: false, selectable: false, focusable: false, deletable: false, connectable: false };

/** React Flow nodes of an overlay: the grid, every item (ghosts above), the move arrows on top. */
export function overlayNodes(overlay: DiffOverlay, focusedKey: string | null): DiffNode[] {
  const nodes: DiffNode[] = [
    {
      id: 'grid',
      type: 'diffGrid',
      position: { x: 0, y: 0 },
      zIndex: -1,
      ...FIXED,
      data: {
        columns: overlay.grid.columns,
        rows: overlay.grid.rows,
        width: overlay.grid.rect.width,
        height: overlay.grid.rect.height,
      },
    },
  ];
  for (const item of overlay.items) {
    nodes.push({
      id: item.key,
      type: 'diffItem',
      position: { x: item.rect.x, y: item.rect.y },
      width: item.rect.width,
      height: item.rect.height,
      zIndex: item.status === 'removed' ? 2 : 1,
      ...FIXED,
      data: { item, focused: item.key === focusedKey },
    });
  }
  if (overlay.arrows.length > 0) {
    nodes.push({
      id: 'arrows',
      type: 'diffArrows',
      position: { x: 0, y: 0 },
      zIndex: 3,
      ...FIXED,
      data: { arrows: overlay.arrows },
    });
  }
  return nodes;
}

interface DiffCanvasProps {
  overlay: DiffOverlay;
  /** The accessible name of the canvas region. */
  label: string;
  focusedKey?: string | null;
  onInit?(instance: ReactFlowInstance<DiffNode>): void;
  /** Controlled viewport (side-by-side keeps both canvases on one viewport). */
  viewport?: Viewport;
  onViewportChange?(viewport: Viewport): void;
}

/** A map drawn for comparison: read-only, every item coloured by its difference. */
export function DiffCanvas({
  overlay,
  label,
  focusedKey = null,
  onInit,
  viewport,
  onViewportChange,
}: DiffCanvasProps) {
  const { t } = useTranslation();
  const nodes = useMemo(() => overlayNodes(overlay, focusedKey), [overlay, focusedKey]);
  const ariaLabelConfig = useMemo(
    () => ({
      'controls.ariaLabel': t('flow.controls'),
      'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
      'controls.fitView.ariaLabel': t('flow.fitView'),
      'controls.interactive.ariaLabel': t('flow.interactive'),
    }),
    [t],
  );
  return (
    <div className="diff-canvas" role="region" aria-label={label}>
      <ReactFlow<DiffNode>
        nodes={nodes}
        edges={[]}
        nodeTypes={diffNodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        deleteKeyCode={null}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        // Thousands of cards: draw only what is on screen (small maps draw everything, for print).
        onlyRenderVisibleElements={overlay.items.length > 2_000}
        minZoom={0.05}
        maxZoom={2}
        onInit={onInit}
        {...(viewport && onViewportChange ? { viewport, onViewportChange } : {})}
        ariaLabelConfig={ariaLabelConfig}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="#cbd5e1" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
