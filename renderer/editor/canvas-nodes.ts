import type { Edge, Node } from '@xyflow/react';
import type { MapLayout } from '../../shared/canvas/layout';
import type { Card, CardKind, JourneyMap, LaneKind } from '../../shared/domain';

export type StageHeaderData = { name: string; goal: string };
export type LaneHeaderData = { name: string; kindLabel: string };
export type CardNodeData = { card: Card; kindLabel: string };
export type CellGridData = {
  columns: { x: number; width: number }[];
  rows: { y: number; height: number }[];
};

export type StageHeaderNode = Node<StageHeaderData, 'stageHeader'>;
export type LaneHeaderNode = Node<LaneHeaderData, 'laneHeader'>;
export type CardNode = Node<CardNodeData, 'card'>;
export type CellGridNode = Node<CellGridData, 'cellGrid'>;
export type CanvasNode = StageHeaderNode | LaneHeaderNode | CardNode | CellGridNode;

export interface CanvasLabels {
  cardKind(kind: CardKind): string;
  laneKind(kind: LaneKind): string;
  connection(from: string, to: string): string;
  /** The accessible name of a card, "<Kind>: <title>" in English. */
  cardName(kind: string, title: string): string;
}

/** Node ids are prefixed per type so a stage and a card can never collide. */
export const nodeId = {
  stage: (id: string) => `stage:${id}`,
  lane: (id: string) => `lane:${id}`,
  card: (id: string) => `card:${id}`,
  grid: 'grid',
} as const;

/**
 * Turns a map and its layout into React Flow nodes: one grid of cells behind everything, a header
 * per stage (top) and lane (left), a node per card in its cell. Pure, so it is cheap to test and the
 * editor can rebuild only what changed later.
 */
export function buildCanvasNodes(map: JourneyMap, layout: MapLayout, labels: CanvasLabels): CanvasNode[] {
  const nodes: CanvasNode[] = [];
  const fixed = {
    draggable: false,
    selectable: false,
    focusable: false,
    deletable: false,
    connectable: false,
  };

  nodes.push({
    id: nodeId.grid,
    type: 'cellGrid',
    position: { x: 0, y: 0 },
    width: layout.grid.width,
    height: layout.grid.height,
    zIndex: -1,
    ...fixed,
    data: {
      columns: layout.stages.map((s) => ({ x: s.x, width: s.width })),
      rows: layout.lanes.map((l) => ({ y: l.y, height: l.height })),
    },
  });

  map.stages.forEach((stage, i) => {
    const column = layout.stages[i];
    if (!column) return;
    nodes.push({
      id: nodeId.stage(stage.id),
      type: 'stageHeader',
      position: { x: column.x, y: 0 },
      width: column.width,
      height: layout.lanes.length > 0 ? (layout.lanes[0]?.y ?? 0) : layout.grid.height,
      ...fixed,
      data: { name: stage.name, goal: stage.goal },
    });
  });

  map.lanes.forEach((lane, i) => {
    const row = layout.lanes[i];
    if (!row) return;
    nodes.push({
      id: nodeId.lane(lane.id),
      type: 'laneHeader',
      position: { x: 0, y: row.y },
      width: layout.stages[0]?.x ?? layout.grid.width,
      height: row.height,
      ...fixed,
      data: { name: lane.name, kindLabel: labels.laneKind(lane.kind) },
    });
  });

  map.cards.forEach((card, i) => {
    const box = layout.cards[i];
    if (!box) return;
    const kindLabel = labels.cardKind(card.kind);
    nodes.push({
      id: nodeId.card(card.id),
      type: 'card',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      draggable: false,
      connectable: false,
      deletable: false,
      ariaLabel: labels.cardName(kindLabel, card.title),
      data: { card, kindLabel },
    });
  });

  return nodes;
}

/** Connections between cards as edges; a connection to a missing card is skipped, not drawn loose. */
export function buildCanvasEdges(map: JourneyMap, labels: CanvasLabels): Edge[] {
  const titles = new Map(map.cards.map((c) => [c.id, c.title]));
  const edges: Edge[] = [];
  for (const connection of map.connections) {
    const from = titles.get(connection.sourceId);
    const to = titles.get(connection.targetId);
    if (from === undefined || to === undefined) continue;
    edges.push({
      id: `connection:${connection.id}`,
      source: nodeId.card(connection.sourceId),
      target: nodeId.card(connection.targetId),
      label: connection.label || undefined,
      ariaLabel: labels.connection(from, to),
      deletable: false,
      reconnectable: false,
    });
  }
  return edges;
}
