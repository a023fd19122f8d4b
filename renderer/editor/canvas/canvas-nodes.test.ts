import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../shared/canvas/layout';
import type { Card, JourneyMap } from '../../../shared/domain';
import {
  buildCanvasEdges,
  buildCanvasNodes,
  cardIdOfNode,
  createEdgeBuilder,
  createNodeBuilder,
  nodeId,
  type CanvasLabels,
} from './canvas-nodes';

const labels: CanvasLabels = {
  cardKind: (kind) => ({ painPoint: 'Pain point', note: 'Note' })[kind as string] ?? kind,
  laneKind: (kind) => `lane:${kind}`,
  channel: (channel) => `channel:${channel}`,
  connection: (from, to) => `${from} -> ${to}`,
  cardName: (kind, title) => `${kind}: ${title}`,
};

const card = (id: string, kind: 'painPoint' | 'note', title: string, stageId: string | null = 's1'): Card =>
  ({
    id,
    kind,
    title,
    stageId,
    laneId: stageId ? 'l1' : null,
    order: 0,
    x: null,
    y: null,
    text: '',
    tags: [],
    severity: 2,
  }) as Card;

function makeMap(): JourneyMap {
  return {
    id: 'm1',
    name: 'Map',
    description: '',
    language: 'en',
    personaIds: [],
    stages: [
      { id: 's1', name: 'Awareness', description: '', goal: 'Be seen', width: 320 },
      { id: 's2', name: 'Purchase', description: '', goal: '', width: 320 },
    ],
    lanes: [{ id: 'l1', name: 'Pain points', kind: 'painPoints', height: 180 }],
    cards: [card('c1', 'painPoint', 'Checkout form too long'), card('c2', 'note', '<b>not html</b>', null)],
    connections: [
      { id: 'k1', sourceId: 'c1', targetId: 'c2', label: '' },
      { id: 'k2', sourceId: 'c1', targetId: 'gone', label: '' },
    ],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

describe('buildCanvasNodes', () => {
  it('gives each card node its measured size and handles, so React Flow never measures cards in the DOM', () => {
    const map = makeMap();
    const layout = computeLayout(map);
    const nodes = buildCanvasNodes(map, layout, labels);
    const box = layout.cards[0];
    const node = nodes.find((n) => n.id === nodeId.card('c1'));
    expect(box).toBeDefined();
    if (!box || !node) throw new Error('card c1 has no node');
    expect(node.measured).toEqual({ width: box.width, height: box.height });
    expect(node.handles).toEqual([
      { type: 'target', position: 'left', x: 0, y: box.height / 2 - 5, width: 10, height: 10 },
      { type: 'source', position: 'right', x: box.width - 10, y: box.height / 2 - 5, width: 10, height: 10 },
    ]);
  });

  it('gives the grid and the personas band their size and no handles, so React Flow never re-measures them', () => {
    const map = { ...makeMap(), personaIds: ['p1'] };
    const layout = computeLayout(map);
    const nodes = buildCanvasNodes(map, layout, labels);
    const grid = nodes.find((n) => n.id === nodeId.grid);
    const band = nodes.find((n) => n.id === nodeId.personaBand);
    expect(grid?.measured).toEqual({ width: layout.grid.width, height: layout.grid.height });
    expect(grid?.handles).toEqual([]);
    expect(band?.measured).toEqual({ width: band?.width, height: band?.height });
    expect(band?.handles).toEqual([]);
  });

  it('draws one grid and a node per card at its layout position (headers are frozen strips, not nodes)', () => {
    const map = makeMap();
    const layout = computeLayout(map);
    const nodes = buildCanvasNodes(map, layout, labels);
    expect(nodes.map((n) => n.type)).toEqual(['cellGrid', 'card', 'card']);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);

    const first = nodes.find((n) => n.id === nodeId.card('c1'));
    expect(first).toMatchObject({
      position: { x: layout.cards[0]?.x, y: layout.cards[0]?.y },
      width: layout.cards[0]?.width,
      ariaLabel: 'Pain point: Checkout form too long',
      draggable: true,
      deletable: false,
    });
    // The grid never takes focus or selection; cards do (the keyboard reaches them).
    for (const node of nodes) {
      if (node.type === 'card') expect(node.focusable).not.toBe(false);
      else expect([node.focusable, node.selectable]).toEqual([false, false]);
    }
  });

  it('keeps user text as data (the label is a plain string, never markup)', () => {
    const map = makeMap();
    const nodes = buildCanvasNodes(map, computeLayout(map), labels);
    expect(nodes.find((n) => n.id === nodeId.card('c2'))?.ariaLabel).toBe('Note: <b>not html</b>');
  });
});

describe('buildCanvasEdges', () => {
  it('draws connections between cards and skips those to a missing card', () => {
    const edges = buildCanvasEdges(makeMap(), labels);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      source: nodeId.card('c1'),
      target: nodeId.card('c2'),
      ariaLabel: 'Checkout form too long -> <b>not html</b>',
      data: { connectionId: 'k1', label: '' },
    });
  });

  it('gives the very same edge list when no connection changed, so React Flow skips its edge update', () => {
    const build = createEdgeBuilder();
    const map = makeMap();
    const first = build(map, labels);
    const renamedOther = { ...map, cards: [...map.cards, card('c3', 'note', 'Unconnected')] };
    expect(build(renamedOther, labels)).toBe(first);
    const relabelled = {
      ...map,
      connections: [{ ...map.connections[0]!, label: 'then' }, map.connections[1]!],
    };
    expect(build(relabelled, labels)).not.toBe(first);
  });

  it('keeps the edge object of an unchanged connection and rebuilds one whose card was renamed', () => {
    const build = createEdgeBuilder();
    const map = makeMap();
    const first = build(map, labels);
    expect(build({ ...map }, labels)[0]).toBe(first[0]);
    const renamed = { ...map, cards: map.cards.map((c) => (c.id === 'c2' ? { ...c, title: 'Renamed' } : c)) };
    const second = build(renamed, labels);
    expect(second[0]).not.toBe(first[0]);
    expect(second[0]?.ariaLabel).toBe('Checkout form too long -> Renamed');
  });
});

describe('createNodeBuilder', () => {
  it('gives unchanged cards and the grid the same node object and rebuilds only what changed', () => {
    const build = createNodeBuilder();
    const map = makeMap();
    const first = build(map, computeLayout(map), labels);
    const edited = {
      ...map,
      cards: map.cards.map((c) => (c.id === 'c2' ? { ...c, title: 'Edited' } : c)),
    };
    const second = build(edited, computeLayout(edited), labels);
    expect(second).toHaveLength(first.length);
    second.forEach((node, i) => {
      if (node.id === nodeId.card('c2')) expect(node).not.toBe(first[i]);
      else expect(node).toBe(first[i]);
    });
    expect(second.find((n) => n.id === nodeId.card('c2'))?.ariaLabel).toBe('Note: Edited');
  });

  it('gives back the same array when no node changed (the funnel band making room, a connection edited)', () => {
    const build = createNodeBuilder();
    const map = makeMap();
    const first = build(map, computeLayout(map), labels);
    expect(build(map, computeLayout(map, { stageBandHeight: 200 }), labels)).toBe(first);
    const withConnection = { ...map, connections: [] };
    expect(build(withConnection, computeLayout(withConnection), labels)).toBe(first);
    const edited = { ...map, cards: map.cards.map((c) => (c.id === 'c2' ? { ...c, title: 'Edited' } : c)) };
    expect(build(edited, computeLayout(edited), labels)).not.toBe(first);
  });

  it('rebuilds a card that moved even when the card object is the same, and everything for new labels', () => {
    const build = createNodeBuilder();
    const map = makeMap();
    const first = build(map, computeLayout(map), labels);
    const wider = { ...map, stages: map.stages.map((s) => (s.id === 's1' ? { ...s, width: 400 } : s)) };
    const second = build(wider, computeLayout(wider), labels);
    const card = (nodes: typeof first) => nodes.find((n) => n.id === nodeId.card('c1'));
    expect(card(second)).not.toBe(card(first));
    expect(card(second)?.width).toBe(400 - 32);
    const relabelled = build(wider, computeLayout(wider), { ...labels });
    expect(card(relabelled)).not.toBe(card(second));
  });

  it('moves a card that only moved without new data, so the card itself does not render again', () => {
    const build = createNodeBuilder();
    const map = makeMap();
    const first = build(map, computeLayout(map), labels);
    // A lane added above pushes the card down; the card itself is the same object.
    const laneAbove = {
      ...map,
      lanes: [{ id: 'l0', name: 'Above', kind: 'notes' as const, height: 120 }, ...map.lanes],
    };
    const banded = build(laneAbove, computeLayout(laneAbove), labels);
    const before = first.find((n) => n.id === nodeId.card('c1'));
    const after = banded.find((n) => n.id === nodeId.card('c1'));
    expect(after).not.toBe(before);
    expect(after?.position.y).toBe((before?.position.y ?? 0) + 120);
    expect(after?.data).toBe(before?.data);
  });

  it('maps node ids back to card ids', () => {
    expect(cardIdOfNode(nodeId.card('abc'))).toBe('abc');
    expect(cardIdOfNode(nodeId.stage('abc'))).toBeNull();
  });
});

describe('persona cards', () => {
  const withPersona = (): JourneyMap => {
    const map = makeMap();
    const persona = {
      ...map.cards[0],
      id: 'c3',
      kind: 'persona',
      title: 'Mia Chen',
      personaId: 'p1',
    } as unknown as Card;
    return {
      ...map,
      cards: [...map.cards, persona],
      connections: [{ id: 'k3', sourceId: 'c3', targetId: 'c1', label: '' }],
    };
  };
  const library = (name: string) => (id: string) => (id === 'p1' ? name : undefined);

  it("are named by the library persona's current name, on the node and on its connections", () => {
    const map = withPersona();
    const build = createNodeBuilder();
    const buildEdges = createEdgeBuilder();
    const node = (nodes: ReturnType<typeof build>) => nodes.find((n) => n.id === nodeId.card('c3'));
    const before = build(map, computeLayout(map), labels, library('Mia Chen'));
    expect(node(before)?.ariaLabel).toBe('persona: Mia Chen');
    const after = build(map, computeLayout(map), labels, library('Mia Wong'));
    expect(node(after)?.ariaLabel).toBe('persona: Mia Wong');
    expect(node(after)?.data).toMatchObject({ title: 'Mia Wong' });
    expect(buildEdges(map, labels, library('Mia Wong'))[0]?.ariaLabel).toBe(
      'Mia Wong -> Checkout form too long',
    );
  });

  it('are read-only when built for a read-only view: no dragging, no connecting', () => {
    const map = withPersona();
    const nodes = createNodeBuilder({ readOnly: true })(map, computeLayout(map), labels);
    const cards = nodes.filter((n) => n.type === 'card');
    expect(cards.map((n) => [n.draggable, n.connectable])).toEqual(cards.map(() => [false, false]));
  });
});
