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
} from '../../../shared/domain';

/** What a stage header (FrozenHeaders) shows; `index`, its place left to right, picks its accent colour. */
export type StageHeaderData = { stageId: string; name: string; goal: string; index: number };
export type LaneHeaderData = { laneId: string; name: string; kindLabel: string };
/**
 * `title` is the card's display title (a persona card: its persona's current library name);
 * `channelLabel` names a touchpoint's channel.
 */
export type CardNodeData = {
  card: Card;
  kindLabel: string;
  title: string;
  channelLabel?: string;
  /** Its title is being typed on the canvas (set by the canvas, not the builder). */
  editing?: true;
};
export type CellGridData = {
  columns: { x: number; width: number }[];
  rows: { y: number; height: number }[];
};
/** `readOnly`: the label cannot be edited in place (a saved version). */
export type ConnectionEdgeData = { connectionId: string; label: string; readOnly?: boolean };

/** The band's personas; `key` is their ids joined, so an unchanged band keeps its node. */
export type PersonaBandData = { personaIds: string[]; key: string };
export type PersonaBandNode = Node<PersonaBandData, 'personaBand'>;
export type CardNode = Node<CardNodeData, 'card'>;
export type CellGridNode = Node<CellGridData, 'cellGrid'>;
/** The stage and lane headers are not nodes: see FrozenHeaders (they stay on screen while panning). */
export type CanvasNode = CardNode | CellGridNode | PersonaBandNode;
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
  let grid: CellGridNode | null = null;
  let personaBand: PersonaBandNode | null = null;
  let last: CanvasNode[] = [];

  return (map, layout, labels, personaName = NO_PERSONAS) => {
    const nodes: CanvasNode[] = [];
    const nextGrid = gridNode(layout);
    if (grid === null || !sameGrid(grid, nextGrid)) grid = nextGrid;
    nodes.push(grid);

    const personaIds = mapPersonaIds(map);
    if (personaIds.length > 0) {
      const band = personaBandRect(layout);
      const next: PersonaBandNode = {
        id: nodeId.personaBand,
        type: 'personaBand',
        position: { x: band.x, y: band.y },
        width: band.width,
        height: band.height,
        ...measuredAs(band),
        ...FIXED,
        data: { personaIds, key: personaIds.join(' ') },
      };
      if (personaBand === null || !sameBox(personaBand, next) || personaBand.data.key !== next.data.key) {
        personaBand = next;
      }
      nodes.push(personaBand);
    } else {
      personaBand = null;
    }

    const nextCards = new Map<string, CardEntry>();
    map.cards.forEach((card, i) => {
      const box = layout.cards[i];
      if (!box) return;
      const old = cards.get(card.id);
      const title = cardDisplayTitle(card, personaName);
      const same = old !== undefined && old.card === card && old.title === title && old.labels === labels;
      const entry =
        same && sameCardBox(old.box, box)
          ? old
          : same && sameSize(old.box, box)
            ? // Only moved (the lanes above it grew, or the funnel band made room): the same data,
              // so the card itself does not render again; React Flow only moves its wrapper.
              { card, title, box, labels, node: { ...old.node, position: { x: box.x, y: box.y } } }
            : { card, title, box, labels, node: cardNode(card, title, box, labels, readOnly) };
      nextCards.set(card.id, entry);
      nodes.push(entry.node);
    });
    cards = nextCards;
    // The same array when every node is the same: React Flow then skips its node update (and the
    // store notification every node listens to) for a change that moved no node, such as the
    // funnel band making room above the lanes or an edit of a connection.
    if (nodes.length === last.length && nodes.every((node, i) => node === last[i])) return last;
    last = nodes;
    return nodes;
  };
}

/**
 * Turns a map and its layout into React Flow nodes in one go (no memory between calls): one grid of
 * cells behind everything and a node per card in its cell (the headers are FrozenHeaders').
 */
export function buildCanvasNodes(
  map: JourneyMap,
  layout: MapLayout,
  labels: CanvasLabels,
  personaName?: PersonaNameLookup,
): CanvasNode[] {
  return createNodeBuilder()(map, layout, labels, personaName);
}

/**
 * The size React Flow would measure, and no handles, for a fixed node. Without them React Flow
 * measures the node in the DOM, keeps the size only on its own copy of the node, and measures
 * again whenever it is handed the built node again: every selection re-observed the 3,400 x 10,000
 * px grid and re-ran React Flow's node update twice (6-20 ms per click at 1,000 cards).
 */
function measuredAs(box: { width: number; height: number }): Pick<Node, 'measured' | 'handles'> {
  return { measured: { width: box.width, height: box.height }, handles: [] };
}

function gridNode(layout: MapLayout): CellGridNode {
  return {
    id: nodeId.grid,
    type: 'cellGrid',
    position: { x: 0, y: 0 },
    // From 0 to the grid's bottom: the part above (the header row and a band under it, when the
    // layout moved them up) is drawn by the frozen headers over the map.
    width: layout.grid.width,
    height: layout.grid.y + layout.grid.height,
    ...measuredAs({ width: layout.grid.width, height: layout.grid.y + layout.grid.height }),
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

function sameSize(a: CardBox, b: CardBox): boolean {
  return a.width === b.width && a.height === b.height;
}

function sameCardBox(a: CardBox, b: CardBox): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
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
  let last: ConnectionEdge[] = [];
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
    // The same array when every edge is the same: React Flow then skips its edge update (and the
    // store notification every node and minimap node listens to) for an edit that touched no
    // connection, such as a card's title.
    if (edges.length === last.length && edges.every((edge, i) => edge === last[i])) return last;
    last = edges;
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

function sameBox(a: CanvasNode, b: CanvasNode): boolean {
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height
  );
}
