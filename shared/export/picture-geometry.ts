import { curveBand } from '../canvas/curve-band';
import { unionOfRects } from '../canvas/rect';
import { computeLayout, type CardBox, type MapLayout, type Rect } from '../canvas/layout';
import { mapPersonaIds, personaBandRect } from '../canvas/persona-band';
import type { JourneyMap } from '../domain';
import { curveSegments, emotionCurvePoints, scoreToY, smoothPath } from '../emotion';

/** Everything the static picture of a map draws, in flow coordinates. */
export interface PictureGeometry {
  layout: MapLayout;
  /** The part of the map exported: the whole map, or the selected cards with some room around. */
  rect: Rect;
  /** One SVG path per connection whose two cards are both drawn. */
  edges: { id: string; d: string; label: string; labelX: number; labelY: number }[];
  /** The emotion curve: smooth paths through stage means, and the dots on them. */
  curve: { paths: string[]; dots: { x: number; y: number; score: number }[] };
  /** The personas band above the stages (whole-map pictures of maps with personas), else null. */
  personaBand: Rect | null;
}

/** Room around a selection, so cards are not cut at the border. */
const SELECTION_PADDING = 16;

/**
 * The geometry of the export picture. With `cardIds` (a selection) the picture covers only those
 * cards' boxes; otherwise the whole map. Coordinates are whole numbers so an image at scale N has
 * exactly N times the pixels.
 */
export function pictureGeometry(map: JourneyMap, cardIds?: ReadonlySet<string> | null): PictureGeometry {
  const layout = computeLayout(map);
  const boxes = new Map(layout.cards.map((b) => [b.id, b]));
  const selected = cardIds && cardIds.size > 0 ? layout.cards.filter((b) => cardIds.has(b.id)) : [];
  const personaBand = selected.length === 0 && mapPersonaIds(map).length > 0 ? personaBandRect(layout) : null;
  const whole = personaBand ? union([layout.bounds, personaBand]) : layout.bounds;
  const rect = wholeRect(selected.length > 0 ? padded(union(selected), SELECTION_PADDING) : whole);

  const edges = map.connections.flatMap((c) => {
    const from = boxes.get(c.sourceId);
    const to = boxes.get(c.targetId);
    return from && to ? [edgePath(c.id, c.label, from, to)] : [];
  });

  const curve: PictureGeometry['curve'] = { paths: [], dots: [] };
  const emotionLane = map.lanes.findIndex((l) => l.kind === 'emotions');
  const row = emotionLane >= 0 ? layout.lanes[emotionLane] : undefined;
  if (row) {
    const points = emotionCurvePoints(map);
    const centers = layout.stages.map((s) => s.x + s.width / 2);
    // The canvas's band (below the lane's cards), so the line never crosses an emotion card's title.
    const band = curveBand(layout, row);
    const y = (score: number) => scoreToY(score, band.top, band.height, 16);
    for (const segment of curveSegments(points, centers, y)) {
      curve.paths.push(smoothPath(segment.points));
      segment.points.forEach((p, i) => {
        const mean = points.find((pt) => pt.stageId === segment.stageIds[i])?.mean ?? 0;
        curve.dots.push({ x: p.x, y: p.y, score: mean });
      });
    }
  }
  return { layout, rect, edges, curve, personaBand };
}

// Never empty here: the map's bounds, or at least one selected card's box.
const union = (boxes: readonly Rect[]): Rect => unionOfRects(boxes) as Rect;

const padded = (r: Rect, p: number): Rect => ({
  x: r.x - p,
  y: r.y - p,
  width: r.width + 2 * p,
  height: r.height + 2 * p,
});

/** A rectangle grown outward to whole pixels. */
function wholeRect(r: Rect): Rect {
  const x = Math.floor(r.x);
  const y = Math.floor(r.y);
  return { x, y, width: Math.ceil(r.x + r.width) - x, height: Math.ceil(r.y + r.height) - y };
}

/** A curved connector from the right side of one card to the left side of the other (or back). */
function edgePath(id: string, label: string, from: CardBox, to: CardBox): PictureGeometry['edges'][number] {
  const forward = to.x >= from.x + from.width / 2;
  const sx = forward ? from.x + from.width : from.x;
  const tx = forward ? to.x : to.x + to.width;
  const sy = from.y + from.height / 2;
  const ty = to.y + to.height / 2;
  const bend = Math.max(40, Math.abs(tx - sx) / 2) * (forward ? 1 : -1);
  const d = `M ${sx} ${sy} C ${sx + bend} ${sy}, ${tx - bend} ${ty}, ${tx} ${ty}`;
  return { id, d, label, labelX: (sx + tx) / 2, labelY: (sy + ty) / 2 };
}
