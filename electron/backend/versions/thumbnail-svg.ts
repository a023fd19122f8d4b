import { CANVAS, computeLayout } from '../../../shared/canvas/layout';
import { VERSION_THUMBNAIL_MAX_CHARS } from '../../../shared/api';
import type { JourneyMap } from '../../../shared/domain';
import { KIND_TOKENS, LANE_STYLE, stageAccent } from '../../../shared/design/tokens';

/** A preview is a glance, not a copy: huge maps show their first cards only. */
const MAX_CARDS_DRAWN = 1_500;

const round = (n: number): string => String(Math.round(n));

/**
 * A tiny picture of a map: stage columns in their accents, lane rows and one block per card in its
 * kind's colour (all from the design tokens), drawn from the same layout the canvas uses. Deterministic (same map, same bytes) and free of user text, so it
 * needs no escaping and cannot leak content into an image.
 *
 * @returns an `image/svg+xml` data URL, or null when it would exceed the thumbnail size limit
 */
export function thumbnailSvgDataUrl(map: JourneyMap): string | null {
  const layout = computeLayout(map);
  const { x, y, width, height } = layout.bounds;
  const w = Math.max(width, 1);
  const h = Math.max(height, 1);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${round(x)} ${round(y)} ${round(w)} ${round(h)}" ` +
      `width="160" height="${round(Math.min(160, (160 * h) / w))}" preserveAspectRatio="xMidYMid meet">`,
    `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" fill="${LANE_STYLE.rowFill}"/>`,
  ];
  // Each stage in its accent (the tokens' palette by stage index): a tinted column, a coloured header.
  layout.stages.forEach((stage, i) => {
    const accent = stageAccent(i);
    parts.push(
      `<rect x="${round(stage.x)}" y="0" width="${round(stage.width)}" height="${round(layout.grid.height)}" ` +
        `fill="${accent.tint}"/>`,
      `<rect x="${round(stage.x)}" y="0" width="${round(stage.width)}" height="${CANVAS.stageHeaderHeight}" ` +
        `fill="${accent.soft}"/>`,
      `<rect x="${round(stage.x)}" y="0" width="${round(stage.width)}" height="12" fill="${accent.accent}"/>`,
    );
  });
  for (const lane of layout.lanes) {
    parts.push(
      `<rect x="0" y="${round(lane.y)}" width="${round(layout.grid.width)}" height="${round(lane.height)}" ` +
        `fill="none" stroke="${LANE_STYLE.headerBorder}" stroke-width="4"/>`,
    );
  }
  for (const stage of layout.stages) {
    parts.push(
      `<rect x="${round(stage.x)}" y="0" width="${round(stage.width)}" height="${round(layout.grid.height)}" ` +
        `fill="none" stroke="${LANE_STYLE.headerBorder}" stroke-width="4"/>`,
    );
  }
  const kinds = new Map(map.cards.map((c) => [c.id, c.kind]));
  for (const box of layout.cards.slice(0, MAX_CARDS_DRAWN)) {
    // At thumbnail size a card is a few pixels: its kind's strong colour, not the soft card fill.
    const fill = KIND_TOKENS[kinds.get(box.id) ?? 'note'].border;
    parts.push(
      `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" ` +
        `rx="8" fill="${fill}"/>`,
    );
  }
  parts.push('</svg>');
  const url = `data:image/svg+xml;base64,${Buffer.from(parts.join(''), 'utf8').toString('base64')}`;
  return url.length <= VERSION_THUMBNAIL_MAX_CHARS ? url : null;
}
