/**
 * How much a card shows at a zoom, and how large the map's main text is then (issue 11: the map is
 * read together, on a projector or a laptop, often at "Fit map to screen").
 *
 * - `detail` (zoom 0.8 and up): everything a card has (kind, channel, score), titles at 15 px.
 * - `compact` (0.55 up to 0.8): title and kind colour only, in bigger type.
 * - `overview` (below 0.55): the same, bigger still, so a fitted six-stage map on a 1440 x 900 laptop
 *   with both panels open (zoom about 0.37) keeps titles at 12 px on screen and 14 px and more on a
 *   1920 x 1080 projector. Below zoom 0.35 (maps of hundreds of cards at fit) text becomes too small to
 *   read whatever its size in the card: the map reads as its shape of kind colours, the minimap and
 *   the frozen stage and lane names say where you are, and zooming in brings the text back.
 *
 * Sizes are CSS pixels in flow units (React Flow scales them by the zoom). The canvas switches level
 * only when the zoom crosses a threshold, so a zoom gesture restyles the cards a couple of times at
 * most, never once per step.
 */
export type ReadingDensity = 'detail' | 'compact' | 'overview';

export interface TypeScale {
  /** A card's title (and a persona card's name). */
  cardTitle: number;
  /** A stage's name in the stage header strip. */
  stageName: number;
  /** A lane's name in the lane header column. */
  laneName: number;
  /** A stage's funnel figures (conversion) in the metrics band over the map. */
  figure: number;
  /** A stage's count, the band's first figure. */
  figureCount: number;
}

/** Each level from its lowest zoom, highest first. */
export const READING_LEVELS: readonly { density: ReadingDensity; fromZoom: number; type: TypeScale }[] = [
  {
    density: 'detail',
    fromZoom: 0.8,
    type: { cardTitle: 15, stageName: 18, laneName: 16, figure: 13, figureCount: 15 },
  },
  {
    density: 'compact',
    fromZoom: 0.55,
    type: { cardTitle: 26, stageName: 28, laneName: 24, figure: 26, figureCount: 28 },
  },
  {
    density: 'overview',
    fromZoom: 0,
    type: { cardTitle: 34, stageName: 34, laneName: 34, figure: 34, figureCount: 36 },
  },
];

/** The level the canvas draws at `zoom`. */
export function densityAtZoom(zoom: number): ReadingDensity {
  for (const level of READING_LEVELS) if (zoom >= level.fromZoom) return level.density;
  return 'overview';
}

/** The type sizes of a level. */
export function typeScaleOf(density: ReadingDensity): TypeScale {
  return (READING_LEVELS.find((l) => l.density === density) ?? READING_LEVELS[0]!).type;
}
