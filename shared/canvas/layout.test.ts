import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Card, Lane, Stage } from '../domain';
import { CANVAS, cellHeightFor, computeLayout, withStageBand, type CardBox } from './layout';

const stage = (id: string, width = 320): Stage => ({ id, name: id, description: '', goal: '', width });
const lane = (id: string, height = 180): Lane => ({ id, name: id, kind: 'actions', height });
const card = (id: string, stageId: string | null, laneId: string | null, extra: Partial<Card> = {}): Card =>
  ({
    id,
    kind: 'note',
    stageId,
    laneId,
    order: 0,
    x: null,
    y: null,
    title: id,
    text: '',
    tags: [],
    ...extra,
  }) as Card;

const overlaps = (a: CardBox, b: CardBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('computeLayout', () => {
  it('places stages as columns after the lane header column, keeping their widths', () => {
    const layout = computeLayout({ stages: [stage('a', 300), stage('b', 400)], lanes: [], cards: [] });
    expect(layout.stages).toEqual([
      { id: 'a', x: CANVAS.laneHeaderWidth, width: 300 },
      { id: 'b', x: CANVAS.laneHeaderWidth + 300, width: 400 },
    ]);
    expect(layout.grid).toEqual({
      x: 0,
      y: 0,
      width: CANVAS.laneHeaderWidth + 700,
      height: CANVAS.stageHeaderHeight,
    });
  });

  it('places lanes as rows under the stage header row', () => {
    const layout = computeLayout({
      stages: [stage('s')],
      lanes: [lane('x', 100), lane('y', 200)],
      cards: [],
    });
    expect(layout.lanes).toEqual([
      { id: 'x', y: CANVAS.stageHeaderHeight, height: 100 },
      { id: 'y', y: CANVAS.stageHeaderHeight + 100, height: 200 },
    ]);
    expect(layout.bounds.height).toBe(CANVAS.stageHeaderHeight + 300);
  });

  it('makes room for a band under the stage header row by moving the header row up, not the lanes', () => {
    const map = {
      stages: [stage('s', 300), stage('t', 400)],
      lanes: [lane('x', 100), lane('y', 200)],
      cards: [card('c1', 't', 'y'), card('free', null, null)],
    };
    const plain = computeLayout(map);
    const banded = computeLayout(map, { stageBandHeight: 250 });
    expect(plain.stageBandHeight).toBe(0);
    expect(banded.stageBandHeight).toBe(250);
    // Lanes, cells, cards and columns do not move (showing the band re-renders no card); the grid
    // grows upwards by the band: the header row starts 250 above 0, the band under it.
    expect(banded.lanes).toEqual(plain.lanes);
    expect(banded.lanes[0]?.y).toBe(CANVAS.stageHeaderHeight);
    expect(banded.stages).toEqual(plain.stages);
    expect(banded.cards).toEqual(plain.cards);
    expect(banded.grid).toEqual({ ...plain.grid, y: -250, height: plain.grid.height + 250 });
    expect(banded.bounds).toEqual({
      ...plain.bounds,
      y: plain.bounds.y - 250,
      height: plain.bounds.height + 250,
    });
    // No band, a zero band and a nonsense band all give the plain layout.
    expect(computeLayout(map, { stageBandHeight: 0 })).toEqual(plain);
    expect(computeLayout(map, { stageBandHeight: -40 })).toEqual(plain);
    expect(computeLayout(map, { stageBandHeight: Number.NaN })).toEqual(plain);
  });

  it('adds a band to a laid-out map without laying out its cards again (the same arrays), as computeLayout would', () => {
    const map = {
      stages: [stage('s', 300)],
      lanes: [lane('x', 100)],
      // A free card above the grid: the bounds start at it until the band reaches higher.
      cards: [card('c1', 's', 'x'), card('free', null, null, { x: 40, y: -120 })],
    };
    const plain = computeLayout(map);
    for (const room of [60, 250]) {
      const banded = withStageBand(plain, room);
      expect(banded).toEqual(computeLayout(map, { stageBandHeight: room }));
      expect(banded.cards).toBe(plain.cards);
      expect(banded.lanes).toBe(plain.lanes);
      expect(banded.stages).toBe(plain.stages);
    }
    expect(withStageBand(plain, 0)).toBe(plain);
    expect(() => withStageBand(withStageBand(plain, 60), 250)).toThrow(/without a band/);
  });

  it('stacks the cards of one cell by order with a fixed height and grows the lane to fit', () => {
    const cards = [
      card('c3', 's', 'l', { order: 2 }),
      card('c1', 's', 'l', { order: 0 }),
      card('c2', 's', 'l', { order: 1 }),
    ];
    const cards6 = [...cards, card('c4', 's', 'l', { order: 3 }), card('c5', 's', 'l', { order: 4 })];
    const layout = computeLayout({ stages: [stage('s')], lanes: [lane('l', 120)], cards: cards6 });
    // Output follows map order; positions follow `order`.
    expect(layout.cards.map((c) => c.id)).toEqual(['c3', 'c1', 'c2', 'c4', 'c5']);
    const y = (id: string) => layout.cards.find((c) => c.id === id)?.y;
    const top = CANVAS.stageHeaderHeight + CANVAS.cellPadding;
    expect(y('c1')).toBe(top);
    expect(y('c2')).toBe(top + CANVAS.cardHeight + CANVAS.cardGap);
    expect(y('c3')).toBe(top + 2 * (CANVAS.cardHeight + CANVAS.cardGap));
    expect(layout.lanes[0]?.height).toBe(cellHeightFor(5));
    for (const box of layout.cards) {
      expect(box.height).toBe(CANVAS.cardHeight);
      expect(box.x).toBe(CANVAS.laneHeaderWidth + CANVAS.cellPadding);
      expect(box.width).toBe(320 - 2 * CANVAS.cellPadding);
      expect(box.cell).toEqual({ stageId: 's', laneId: 'l' });
    }
  });

  it('keeps a lane at its stored height when its cards fit', () => {
    const layout = computeLayout({
      stages: [stage('s')],
      lanes: [lane('l', 400)],
      cards: [card('c', 's', 'l')],
    });
    expect(layout.lanes[0]?.height).toBe(400);
  });

  it('grows the first emotions lane to keep the emotion curve a band below its cards', () => {
    const emotions: Lane = { ...lane('e'), kind: 'emotions' };
    const layout = computeLayout({
      stages: [stage('s')],
      lanes: [lane('a'), emotions, { ...lane('e2'), kind: 'emotions' }],
      cards: [card('c1', 's', 'a'), card('c2', 's', 'e'), card('c3', 's', 'e2')],
    });
    const [actions, first, second] = layout.lanes;
    const below = (row: typeof first) => {
      const box = layout.cards.find((b) => b.cell?.laneId === row?.id);
      return (row?.y ?? 0) + (row?.height ?? 0) - ((box?.y ?? 0) + (box?.height ?? 0));
    };
    expect(below(first)).toBeGreaterThanOrEqual(CANVAS.curveBand);
    expect(first?.height).toBe(CANVAS.cellPadding + CANVAS.cardHeight + CANVAS.cardGap + CANVAS.curveBand);
    // Other lanes, and further emotions lanes (the curve is drawn in the first), keep their height.
    expect(actions?.height).toBe(180);
    expect(second?.height).toBe(180);
  });

  it('keeps free cards at their own position and lines up cards without one below the grid', () => {
    const layout = computeLayout({
      stages: [stage('s')],
      lanes: [lane('l')],
      cards: [
        card('placed', null, null, { x: -500, y: 40 }),
        card('loose', null, null),
        card('orphan', 'gone', 'l'),
      ],
    });
    const [placed, loose, orphan] = layout.cards;
    expect(placed).toMatchObject({ x: -500, y: 40, cell: null });
    const below = CANVAS.stageHeaderHeight + 180 + CANVAS.freeCardMargin;
    expect(loose).toMatchObject({ x: 0, y: below, cell: null });
    expect(orphan).toMatchObject({ x: CANVAS.freeCardWidth + CANVAS.cardGap, y: below, cell: null });
    expect(layout.bounds.x).toBe(-500);
    expect(layout.bounds.y).toBe(0);
    expect(layout.bounds.height).toBe(below + CANVAS.cardHeight);
  });

  it('handles an empty map', () => {
    const layout = computeLayout({ stages: [], lanes: [], cards: [] });
    expect(layout.cards).toEqual([]);
    expect(layout.bounds).toEqual({
      x: 0,
      y: 0,
      width: CANVAS.laneHeaderWidth,
      height: CANVAS.stageHeaderHeight,
    });
  });

  it('never overlaps cards and keeps every cell card inside its stage column and lane row', () => {
    const arbitraryMap = fc
      .record({ stageCount: fc.integer({ min: 1, max: 5 }), laneCount: fc.integer({ min: 1, max: 4 }) })
      .chain(({ stageCount, laneCount }) =>
        fc.record({
          widths: fc.array(fc.integer({ min: 160, max: 600 }), {
            minLength: stageCount,
            maxLength: stageCount,
          }),
          heights: fc.array(fc.integer({ min: 80, max: 400 }), {
            minLength: laneCount,
            maxLength: laneCount,
          }),
          cards: fc.array(
            fc.record({
              stage: fc.integer({ min: 0, max: stageCount - 1 }),
              lane: fc.integer({ min: 0, max: laneCount - 1 }),
              order: fc.integer({ min: 0, max: 20 }),
            }),
            { maxLength: 40 },
          ),
        }),
      );
    fc.assert(
      fc.property(arbitraryMap, ({ widths, heights, cards }) => {
        const stages = widths.map((w, i) => stage(`s${i}`, w));
        const lanes = heights.map((h, i) => lane(`l${i}`, h));
        const mapCards = cards.map((c, i) => card(`c${i}`, `s${c.stage}`, `l${c.lane}`, { order: c.order }));
        const layout = computeLayout({ stages, lanes, cards: mapCards });
        expect(layout.cards).toHaveLength(mapCards.length);
        for (let i = 0; i < layout.cards.length; i++) {
          const box = layout.cards[i] as CardBox;
          const column = layout.stages.find((s) => s.id === box.cell?.stageId);
          const row = layout.lanes.find((l) => l.id === box.cell?.laneId);
          expect(column).toBeDefined();
          expect(row).toBeDefined();
          if (!column || !row) return;
          expect(box.x).toBeGreaterThanOrEqual(column.x);
          expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width);
          expect(box.y).toBeGreaterThanOrEqual(row.y);
          expect(box.y + box.height).toBeLessThanOrEqual(row.y + row.height);
          for (let j = i + 1; j < layout.cards.length; j++) {
            expect(overlaps(box, layout.cards[j] as CardBox)).toBe(false);
          }
        }
      }),
    );
  });
});
