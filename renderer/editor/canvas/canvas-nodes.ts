import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { CardBox, MapLayout } from '../../../shared/canvas/layout';
import { mapPersonaIds, personaBandRect } from '../../../shared/canvas/persona-band';
import {
  cardDisplayTitle,
  type Card,
  type CardKind,
  type Channel,
  type Connection,
  type JourneyMap,
  type LaneKind,
  type PersonaNameLookup,
  type Stage,
} from '../../../shared/domain';

/** `index`: the stage's place left to right, which picks its accent colour (design tokens). */
export type StageHeaderData = { stageId: string; name: string; goal: string; index: number };
export type LaneHeaderData = { laneId: string; name: string; kindLabel: string };
/**
 * `title` is the card's display title (a persona card: its persona's current library name);
 * `channelLabel` names a touchpoint's channel.
 */
export type CardNodeData = { card: Card; kindLabel: string; title: string; channelLabel?: string };
export type CellGridData = {
  columns: { x: number; width: number }[];
  rows: { y: number; height: number }[];
};
/** `readOnly`: the label cannot be edited in place (a saved version). */
export type ConnectionEdgeData = { connectionId: string; label: string; readOnly?: boolean };

export type StageHeaderNode = Node<StageHeaderData, 'stageHeader'>;
/** The band's personas; `key` is their ids joined, so an unchanged band keeps its node. */
export type PersonaBandData = { personaIds: string[]; key: string };
export type PersonaBandNode = Node<PersonaBandData, 'personaBand'>;
export type LaneHeaderNode = Node<LaneHeaderData, 'laneHeader'>;
export type CardNode = Node<CardNodeData, 'card'>;
export type CellGridNode = Node<CellGridData, 'cellGrid'>;
export type CanvasNode = StageHeaderNode | LaneHeaderNode | CardNode | CellGridNode | PersonaBandNode;
export type ConnectionEdge = Edge<ConnectionEdgeData, 'connection'>;

export interface CanvasLabels {
  cardKind(kind: CardKind): string;
  channel(channel: Channel): string;
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
  personaBand: 'persona-band',
} as const;

const CARD_PREFIX = 'card:';
const EDGE_PREFIX = 'connection:';

/** The card id of a card node id, or null for any other node. */
export function cardIdOfNode(id: string): string | null {
  return id.startsWith(CARD_PREFIX) ? id.slice(CARD_PREFIX.length) : null;
}

/** The edge id of a connection. */
export const edgeId = (connectionId: string): string => `${EDGE_PREFIX}${connectionId}`;

/** The connection id of an edge id, or null. */
export function connectionIdOfEdge(id: string): string | null {
  return id.startsWith(EDGE_PREFIX) ? id.slice(EDGE_PREFIX.length) : null;
}

const FIXED = {
  draggable: false,
  selectable: false,
  focusable: false,
  deletable: false,
  connectable: false,
} as const;

interface CardEntry {
  card: Card;
  title: string;
  box: CardBox;
  labels: CanvasLabels;
  node: CardNode;
}

const NO_PERSONAS: PersonaNameLookup = () => undefined;

/** How a canvas is built: `readOnly` draws the same nodes with no dragging, connecting or editing. */
export interface CanvasBuildOptions {
  readOnly?: boolean;
}

/**
 * Builds React Flow nodes from a map and its layout, remembering what it built: a card whose object,
 * box and labels are unchanged gets the very node object it got last time, so React Flow and the
 * memoised node components skip it. Editing one card of a 1,000-card map then makes one new node,
 * not a thousand. One builder per canvas (it keeps the previous build).
 */
export function createNodeBuilder({ readOnly = false }: CanvasBuildOptions = {}): (
  map: JourneyMap,
  layout: MapLayout,
  labels: CanvasLabels,
  personaName?: PersonaNameLookup,
) => CanvasNode[] {
  let cards = new Map<string, CardEntry>();
  let headers = new Map<string, CanvasNode>();
  let grid: CellGridNode | null = null;

  return (map, layout, labels, personaName = NO_PERSONAS) => {
    const nodes: CanvasNode[] = [];
    const nextGrid = gridNode(layout);
    if (grid === null || !sameGrid(grid, nextGrid)) grid = nextGrid;
    nodes.push(grid);

    const nextHeaders = new Map<string, CanvasNode>();
    const keep = (node: CanvasNode, same: (old: CanvasNode) => boolean): void => {
      const old = headers.get(node.id);
      const chosen = old !== undefined && same(old) ? old : node;
      nextHeaders.set(chosen.id, chosen);
      nodes.push(chosen);
    };
    const headerHeight = layout.lanes.length > 0 ? (layout.lanes[0]?.y ?? 0) : layout.grid.height;
    map.stages.forEach((stage, i) => {
      const column = layout.stages[i];
      if (!column) return;
      const node = stageNode(stage, i, column.x, column.width, headerHeight);
      keep(node, (old) => sameBox(old, node) && sameData(old.data, node.data));
    });
    const personaIds = mapPersonaIds(map);
    if (personaIds.length > 0) {
      const band = personaBandRect(layout);
      const node: PersonaBandNode = {
        id: nodeId.personaBand,
        type: 'personaBand',
        position: { x: band.x, y: band.y },
        width: band.width,
        height: band.height,
        ...FIXED,
        data: { personaIds, key: personaIds.join(' ') },
      };
      keep(node, (old) => sameBox(old, node) && old.type === 'personaBand' && old.data.key === node.data.key);
    }
    const laneWidth = layout.stages[0]?.x ?? layout.grid.width;
    map.lanes.forEach((lane, i) => {
      const row = layout.lanes[i];
      if (!row) return;
      const node: LaneHeaderNode = {
        id: nodeId.lane(lane.id),
        type: 'laneHeader',
        position: { x: 0, y: row.y },
        width: laneWidth,
        height: row.height,
        ...FIXED,
        data: { laneId: lane.id, name: lane.name, kindLabel: labels.laneKind(lane.kind) },
      };
      keep(node, (old) => sameBox(old, node) && sameData(old.data, node.data));
    });
    headers = nextHeaders;

    const nextCards = new Map<string, CardEntry>();
    map.cards.forEach((card, i) => {
      const box = layout.cards[i];
      if (!box) return;
      const old = cards.get(card.id);
      const title = cardDisplayTitle(card, personaName);
      const entry =
        old !== undefined &&
        old.card === card &&
        old.title === title &&
        old.labels === labels &&
        sameCardBox(old.box, box)
          ? old
          : { card, title, box, labels, node: cardNode(card, title, box, labels, readOnly) };
      nextCards.set(card.id, entry);
      nodes.push(entry.node);
    });
    cards = nextCards;
    return nodes;
  };
}

/**
 * Turns a map and its layout into React Flow nodes in one go (no memory between calls): one grid of
 * cells behind everything, a header per stage (top) and lane (left), a node per card in its cell.
 */
export function buildCanvasNodes(
  map: JourneyMap,
  layout: MapLayout,
  labels: CanvasLabels,
  personaName?: PersonaNameLookup,
): CanvasNode[] {
  return createNodeBuilder()(map, layout, labels, personaName);
}

function gridNode(layout: MapLayout): CellGridNode {
  return {
    id: nodeId.grid,
    type: 'cellGrid',
    position: { x: 0, y: 0 },
    width: layout.grid.width,
    height: layout.grid.height,
    zIndex: -1,
    ...FIXED,
    data: {
      columns: layout.stages.map((s) => ({ x: s.x, width: s.width })),
      rows: layout.lanes.map((l) => ({ y: l.y, height: l.height })),
    },
  };
}

function sameGrid(a: CellGridNode, b: CellGridNode): boolean {
  const { columns: ac, rows: ar } = a.data;
  const { columns: bc, rows: br } = b.data;
  return (
    a.width === b.width &&
    a.height === b.height &&
    ac.length === bc.length &&
    ar.length === br.length &&
    ac.every((c, i) => c.x === bc[i]?.x && c.width === bc[i]?.width) &&
    ar.every((r, i) => r.y === br[i]?.y && r.height === br[i]?.height)
  );
}

function stageNode(stage: Stage, index: number, x: number, width: number, height: number): StageHeaderNode {
  return {
    id: nodeId.stage(stage.id),
    type: 'stageHeader',
    position: { x, y: 0 },
    width,
    height,
    ...FIXED,
    data: { stageId: stage.id, name: stage.name, goal: stage.goal, index },
  };
}

function cardNode(
  card: Card,
  title: string,
  box: CardBox,
  labels: CanvasLabels,
  readOnly: boolean,
): CardNode {
  const kindLabel = labels.cardKind(card.kind);
  return {
    id: nodeId.card(card.id),
    type: 'card',
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    draggable: !readOnly,
    // Read-only cards stay selectable and focusable so the keyboard can still walk the map.
    selectable: true,
    connectable: !readOnly,
    // Deleting goes through the editor's own Delete handling (one undoable edit), not React Flow's.
    deletable: false,
    ariaLabel: labels.cardName(kindLabel, title),
    // The size and handles React Flow would otherwise measure in the DOM. A node without `measured`
    // is re-measured (handles included) whenever its object changes, so a selection or an edit
    // re-measured every card the view had rebuilt; with them, unchanged cards cost nothing.
    measured: { width: box.width, height: box.height },
    handles: cardHandles(box),
    data:
      card.kind === 'touchpoint'
        ? { card, kindLabel, title, channelLabel: labels.channel(card.channel) }
        : { card, kindLabel, title },
  };
}

/** Side of a card's square handle (renderer/editor/editor.css, `.card-node__handle`). */
export const CARD_HANDLE_SIZE = 10;

/**
 * Where CardNode draws its handles, in the node's own coordinates: just inside the left (target)
 * and right (source) edges at mid height, as the DOM would measure them.
 */
function cardHandles(box: CardBox): NodeHandle[] {
  const y = box.height / 2 - CARD_HANDLE_SIZE / 2;
  const size = { width: CARD_HANDLE_SIZE, height: CARD_HANDLE_SIZE };
  return [
    { type: 'target', position: Position.Left, x: 0, y, ...size },
    { type: 'source', position: Position.Right, x: box.width - CARD_HANDLE_SIZE, y, ...size },
  ];
}

function sameBox(a: CanvasNode, b: CanvasNode): boolean {
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height
  );
}

function sameCardBox(a: CardBox, b: CardBox): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

function sameData(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  return keys.length === Object.keys(rb).length && keys.every((key) => ra[key] === rb[key]);
}

interface EdgeEntry {
  connection: Connection;
  from: string;
  to: string;
  labels: CanvasLabels;
  edge: ConnectionEdge;
}

/** Like {@link createNodeBuilder}, for connections: unchanged connections keep their edge object. */
export function createEdgeBuilder({ readOnly = false }: CanvasBuildOptions = {}): (
  map: JourneyMap,
  labels: CanvasLabels,
  personaName?: PersonaNameLookup,
) => ConnectionEdge[] {
  let cache = new Map<string, EdgeEntry>();
  return (map, labels, personaName = NO_PERSONAS) => {
    const titles = new Map(map.cards.map((c) => [c.id, cardDisplayTitle(c, personaName)]));
    const next = new Map<string, EdgeEntry>();
    const edges: ConnectionEdge[] = [];
    for (const connection of map.connections) {
      const from = titles.get(connection.sourceId);
      const to = titles.get(connection.targetId);
      // A connection to a missing card is skipped, not drawn loose.
      if (from === undefined || to === undefined) continue;
      const old = cache.get(connection.id);
      const entry =
        old !== undefined &&
        old.connection === connection &&
        old.from === from &&
        old.to === to &&
        old.labels === labels
          ? old
          : {
              connection,
              from,
              to,
              labels,
              edge: connectionEdge(connection, labels.connection(from, to), readOnly),
            };
      next.set(connection.id, entry);
      edges.push(entry.edge);
    }
    cache = next;
    return edges;
  };
}

/** Connections between cards as edges, without memory between calls. */
export function buildCanvasEdges(
  map: JourneyMap,
  labels: CanvasLabels,
  personaName?: PersonaNameLookup,
): ConnectionEdge[] {
  return createEdgeBuilder()(map, labels, personaName);
}

function connectionEdge(connection: Connection, ariaLabel: string, readOnly: boolean): ConnectionEdge {
  return {
    id: edgeId(connection.id),
    type: 'connection',
    source: nodeId.card(connection.sourceId),
    target: nodeId.card(connection.targetId),
    ariaLabel,
    deletable: false,
    reconnectable: false,
    data: readOnly
      ? { connectionId: connection.id, label: connection.label, readOnly }
      : { connectionId: connection.id, label: connection.label },
  };
}
