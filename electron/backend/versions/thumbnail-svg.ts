import { CANVAS, computeLayout } from '../../../shared/canvas/layout';
import { VERSION_THUMBNAIL_MAX_CHARS } from '../../../shared/api';
import type { CardKind, JourneyMap } from '../../../shared/domain';

/** Card colours of the preview, one per kind (the canvas uses the same hues). */
const KIND_FILL: Record<CardKind, string> = {
  persona: '#a78bfa',
  touchpoint: '#60a5fa',
  emotion: '#fbbf24',
  painPoint: '#f87171',
  opportunity: '#34d399',
  note: '#cbd5e1',
};

/** A preview is a glance, not a copy: huge maps show their first cards only. */
const MAX_CARDS_DRAWN = 1_500;

const round = (n: number): string => String(Math.round(n));

/**
 * A tiny picture of a map: stage columns, lane rows and one coloured block per card, drawn from the
 * same layout the canvas uses. Deterministic (same map, same bytes) and free of user text, so it
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
    `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" fill="#ffffff"/>`,
    `<rect x="0" y="0" width="${round(layout.grid.width)}" height="${CANVAS.stageHeaderHeight}" fill="#c7d2fe"/>`,
  ];
  for (const lane of layout.lanes) {
    parts.push(
      `<rect x="0" y="${round(lane.y)}" width="${round(layout.grid.width)}" height="${round(lane.height)}" ` +
        `fill="none" stroke="#cbd5e1" stroke-width="4"/>`,
    );
  }
  for (const stage of layout.stages) {
    parts.push(
      `<rect x="${round(stage.x)}" y="0" width="${round(stage.width)}" height="${round(layout.grid.height)}" ` +
        `fill="none" stroke="#94a3b8" stroke-width="4"/>`,
    );
  }
  const kinds = new Map(map.cards.map((c) => [c.id, c.kind]));
  for (const box of layout.cards.slice(0, MAX_CARDS_DRAWN)) {
    const fill = KIND_FILL[kinds.get(box.id) ?? 'note'];
    parts.push(
      `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" ` +
        `rx="8" fill="${fill}"/>`,
    );
  }
  parts.push('</svg>');
  const url = `data:image/svg+xml;base64,${Buffer.from(parts.join(''), 'utf8').toString('base64')}`;
  return url.length <= VERSION_THUMBNAIL_MAX_CHARS ? url : null;
}
