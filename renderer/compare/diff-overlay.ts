import { CANVAS, computeLayout, type Rect } from '../../shared/canvas/layout';
import type { CardKind, JourneyMap } from '../../shared/domain';
import { isReorderOnly, reorderedIds, type MapDiff } from '../../shared/diff';

/** How an item on the compare canvas differs; null when it is the same on both sides. */
export type DiffStatus = 'added' | 'removed' | 'changed' | 'moved';

/** One drawn item of the compare canvas: a stage header, a lane header or a card. */
export interface OverlayItem {
  /** Unique node id: `b:<type>:<id>` for side B's items, `ghost:<type>:<id>` for removed ones. */
  key: string;
  itemType: 'stage' | 'lane' | 'card';
  itemId: string;
  status: DiffStatus | null;
  /** A moved card whose fields changed too. */
  alsoChanged: boolean;
  rect: Rect;
  title: string;
  cardKind?: CardKind;
  /** A stage's place left to right (its accent colour). */
  stageIndex?: number;
}

/** A marker from a moved item's old place to its new one (centres, flow coordinates). */
export interface MoveArrow {
  itemId: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/** Everything the compare canvas draws for side B against side A. */
export interface DiffOverlay {
  items: OverlayItem[];
  arrows: MoveArrow[];
  /** Stage columns and lane rows of side B, for the grid behind the items. */
  grid: { columns: { x: number; width: number }[]; rows: { y: number; height: number }[]; rect: Rect };
}

/** The node id of an item on the compare canvas (see {@link OverlayItem.key}). */
export const overlayKey = (ghost: boolean, itemType: OverlayItem['itemType'], id: string): string =>
  `${ghost ? 'ghost' : 'b'}:${itemType}:${id}`;

const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/**
 * Lays out side B as the canvas does and marks every stage, lane and card with how it differs from
 * side A; items only A has are added as ghosts at their place in A's layout, and every moved card
 * gets an arrow from its old place. Pass `diff = null` to draw a map without any marking (the
 * read-only version view).
 */
export function buildDiffOverlay(a: JourneyMap, b: JourneyMap, diff: MapDiff | null): DiffOverlay {
  const layoutB = computeLayout(b);
  const layoutA = diff ? computeLayout(a) : layoutB;
  const items: OverlayItem[] = [];
  const arrows: MoveArrow[] = [];

  const idSet = <T extends { id: string }>(rows: readonly T[] | undefined) =>
    new Set((rows ?? []).map((r) => r.id));
  const addedStages = idSet(diff?.stages.added);
  const changedStages = idSet(diff?.stages.changed);
  const movedStages = new Set(diff ? reorderedIds(diff.stages.order) : []);
  const addedLanes = idSet(diff?.lanes.added);
  const changedLanes = idSet(diff?.lanes.changed);
  const movedLanes = new Set(diff ? reorderedIds(diff.lanes.order) : []);
  const addedCards = idSet(diff?.cards.added);
  const changedCards = new Map((diff?.cards.changed ?? []).map((c) => [c.id, c]));

  const status = (added: boolean, changed: boolean, moved: boolean): DiffStatus | null =>
    added ? 'added' : changed ? 'changed' : moved ? 'moved' : null;

  b.stages.forEach((stage, i) => {
    const col = layoutB.stages[i];
    if (!col) return;
    items.push({
      key: overlayKey(false, 'stage', stage.id),
      itemType: 'stage',
      itemId: stage.id,
      status: status(addedStages.has(stage.id), changedStages.has(stage.id), movedStages.has(stage.id)),
      alsoChanged: false,
      rect: { x: col.x, y: 0, width: col.width, height: CANVAS.stageHeaderHeight },
      title: stage.name,
      stageIndex: i,
    });
  });
  b.lanes.forEach((lane, i) => {
    const row = layoutB.lanes[i];
    if (!row) return;
    items.push({
      key: overlayKey(false, 'lane', lane.id),
      itemType: 'lane',
      itemId: lane.id,
      status: status(addedLanes.has(lane.id), changedLanes.has(lane.id), movedLanes.has(lane.id)),
      alsoChanged: false,
      rect: { x: 0, y: row.y, width: CANVAS.laneHeaderWidth, height: row.height },
      title: lane.name,
    });
  });
  const boxesA = new Map(layoutA.cards.map((box) => [box.id, box]));
  const cardsB = new Map(b.cards.map((c) => [c.id, c]));
  for (const box of layoutB.cards) {
    const card = cardsB.get(box.id);
    if (!card) continue;
    const found = changedCards.get(card.id);
    // Shifted within its cell only: drawn as unchanged, as the change list leaves it out.
    const change = found && !isReorderOnly(found) ? found : undefined;
    const onlyPlaceChanged = change?.fields.every((f) =>
      ['stageId', 'laneId', 'order', 'x', 'y'].includes(f.field),
    );
    items.push({
      key: overlayKey(false, 'card', card.id),
      itemType: 'card',
      itemId: card.id,
      status: addedCards.has(card.id) ? 'added' : change ? (change.moved ? 'moved' : 'changed') : null,
      alsoChanged: Boolean(change?.moved && !onlyPlaceChanged),
      rect: box,
      title: card.title,
      cardKind: card.kind,
    });
    const old = boxesA.get(card.id);
    if (change?.moved && old && (old.x !== box.x || old.y !== box.y)) {
      arrows.push({ itemId: card.id, from: centre(old), to: centre(box) });
    }
  }

  if (diff) {
    const colsA = new Map(a.stages.map((s, i) => [s.id, layoutA.stages[i]]));
    const rowsA = new Map(a.lanes.map((l, i) => [l.id, layoutA.lanes[i]]));
    for (const stage of diff.stages.removed) {
      const col = colsA.get(stage.id);
      if (!col) continue;
      items.push({
        key: overlayKey(true, 'stage', stage.id),
        itemType: 'stage',
        itemId: stage.id,
        status: 'removed',
        alsoChanged: false,
        rect: { x: col.x, y: 0, width: col.width, height: CANVAS.stageHeaderHeight },
        title: stage.name,
      });
    }
    for (const lane of diff.lanes.removed) {
      const row = rowsA.get(lane.id);
      if (!row) continue;
      items.push({
        key: overlayKey(true, 'lane', lane.id),
        itemType: 'lane',
        itemId: lane.id,
        status: 'removed',
        alsoChanged: false,
        rect: { x: 0, y: row.y, width: CANVAS.laneHeaderWidth, height: row.height },
        title: lane.name,
      });
    }
    for (const card of diff.cards.removed) {
      const box = boxesA.get(card.id);
      if (!box) continue;
      items.push({
        key: overlayKey(true, 'card', card.id),
        itemType: 'card',
        itemId: card.id,
        status: 'removed',
        alsoChanged: false,
        rect: box,
        title: card.title,
        cardKind: card.kind,
      });
    }
  }

  return {
    items,
    arrows,
    grid: {
      columns: layoutB.stages.map((s) => ({ x: s.x, width: s.width })),
      rows: layoutB.lanes.map((l) => ({ y: l.y, height: l.height })),
      rect: layoutB.grid,
    },
  };
}
