import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../shared/canvas/layout';
import { makeLargeMap } from '../../../shared/document/test-map';
import { buildCanvasEdges, buildCanvasNodes, type CanvasLabels } from './canvas-nodes';
import { CARD_REVEAL_CHUNK, revealedEdges, revealedNodes } from './card-reveal';

const labels: CanvasLabels = {
  cardKind: (kind) => kind,
  laneKind: (kind) => kind,
  channel: (channel) => channel,
  connection: (from, to) => `${from} -> ${to}`,
  cardName: (kind, title) => `${kind}: ${title}`,
};

function largeMapWithFreeCard() {
  const map = makeLargeMap(3_000, 'reveal');
  const last = map.cards[map.cards.length - 1];
  if (!last) throw new Error('no cards');
  // One card outside the grid, at the end of the map's order.
  const free = { ...last, stageId: null, laneId: null, x: -500, y: -500 };
  return { ...map, cards: [...map.cards.slice(0, -1), free] };
}

describe('revealing a large map in chunks', () => {
  const map = largeMapWithFreeCard();
  const nodes = buildCanvasNodes(map, computeLayout(map), labels);
  const edges = buildCanvasEdges(map, labels);
  const cardsOf = (list: typeof nodes) => list.filter((n) => n.type === 'card');

  it('draws every node once the reveal is over (null), the same arrays', () => {
    expect(revealedNodes(nodes, null)).toBe(nodes);
    expect(revealedEdges(edges, nodes, null)).toBe(edges);
  });

  it('starts with the grid and headers and the cards outside the grid, then cards in map order', () => {
    const first = revealedNodes(nodes, 0);
    expect(first.filter((n) => n.type !== 'card')).toEqual(nodes.filter((n) => n.type !== 'card'));
    expect(cardsOf(first).map((n) => n.id)).toEqual([`card:${map.cards[map.cards.length - 1]?.id}`]);
    const chunk = cardsOf(revealedNodes(nodes, CARD_REVEAL_CHUNK));
    expect(chunk).toHaveLength(CARD_REVEAL_CHUNK + 1);
    expect(chunk.slice(0, CARD_REVEAL_CHUNK).map((n) => n.id)).toEqual(
      map.cards.slice(0, CARD_REVEAL_CHUNK).map((c) => `card:${c.id}`),
    );
  });

  it('draws only the connections both of whose cards are drawn', () => {
    const shown = revealedNodes(nodes, 50);
    const drawn = new Set(shown.map((n) => n.id));
    const partial = revealedEdges(edges, shown, 50);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(edges.length);
    expect(partial.every((e) => drawn.has(e.source) && drawn.has(e.target))).toBe(true);
    expect(edges.filter((e) => drawn.has(e.source) && drawn.has(e.target))).toEqual(partial);
  });
});
