import { CANVAS, type MapLayout, type Rect } from './layout';

/**
 * One step of presentation mode: the whole map first, then one stage column after the other.
 * `rect` is the part of the map (flow units) the screen shows at that step.
 */
export interface PresentationStep {
  kind: 'overview' | 'stage';
  /** The stage shown; null on the overview. */
  stageId: string | null;
  rect: Rect;
}

/**
 * The steps of presenting a map: an overview of the grid, then each stage's column from its header
 * (and the funnel figures under it, which the layout makes room for while the band shows) down to
 * its last lane (its cards and emotion points). Pure, so the canvas, a follower's screen in a
 * workshop session and the tests agree on what step N shows.
 */
export function presentationSteps(layout: Pick<MapLayout, 'stages' | 'grid'>): PresentationStep[] {
  const top = layout.grid.y;
  const height = layout.grid.height;
  const overview: PresentationStep = {
    kind: 'overview',
    stageId: null,
    rect: { x: layout.grid.x, y: top, width: layout.grid.width, height },
  };
  return [
    overview,
    ...layout.stages.map<PresentationStep>((column) => ({
      kind: 'stage',
      stageId: column.id,
      rect: { x: column.x, y: top, width: column.width, height },
    })),
  ];
}

/** React Flow's viewport: the flow point (0,0) is drawn at screen (x, y), scaled by zoom. */
export interface StepViewport {
  x: number;
  y: number;
  zoom: number;
}

export interface ScreenArea {
  width: number;
  height: number;
  /** Room kept free at the bottom (the presentation bar), in screen pixels. */
  bottom?: number;
}

/** Screen pixels left around the shown rectangle, on every side. */
const SCREEN_MARGIN = 24;
/** A single stage of a small map is not blown up without end. */
const MAX_STEP_ZOOM = 2;

/** The viewport that shows `rect` as large as it fits in `screen`, centred, above the bottom bar. */
export function stepViewport(rect: Rect, screen: ScreenArea): StepViewport {
  const width = Math.max(1, screen.width - 2 * SCREEN_MARGIN);
  const height = Math.max(1, screen.height - (screen.bottom ?? 0) - 2 * SCREEN_MARGIN);
  const zoom = Math.min(MAX_STEP_ZOOM, width / Math.max(1, rect.width), height / Math.max(1, rect.height));
  return {
    x: SCREEN_MARGIN + (width - rect.width * zoom) / 2 - rect.x * zoom,
    y: SCREEN_MARGIN + (height - rect.height * zoom) / 2 - rect.y * zoom,
    zoom,
  };
}

/** The editor's card title size (CSS px at zoom 1), see `.card-node__title`. */
export const CARD_TITLE_SIZE = 13;
/** What a room reads from the back: card titles at least this many screen pixels in presentation. */
export const PRESENT_TITLE_PX = 24;
const TITLE_LINE_HEIGHT = 1.2;
/** Vertical padding of a card in its presentation rendering (flow units, both sides together). */
const PRESENT_CARD_PADDING = 12;

/** How card titles are drawn at a step: font size in flow units and the lines that fit the card. */
export interface TitleRendering {
  fontSize: number;
  lines: number;
  /** The stage names' size: a little larger than the titles, one line in the header row. */
  headingSize: number;
}

/**
 * The title type of the presentation rendering of cards at `zoom`: large enough to read
 * {@link PRESENT_TITLE_PX} on screen (never smaller than the editor's), with as many lines as the
 * fixed card height holds. Rounded up so the rendered size never falls a fraction short.
 */
export function presentationTitle(zoom: number): TitleRendering {
  const needed = Math.ceil((PRESENT_TITLE_PX / Math.max(zoom, 0.01)) * 10) / 10 + 0.1;
  const fontSize = Math.max(CARD_TITLE_SIZE, needed);
  const room = CANVAS.cardHeight - PRESENT_CARD_PADDING;
  const lines = Math.max(1, Math.floor(room / (fontSize * TITLE_LINE_HEIGHT)));
  const headingSize = Math.min(fontSize * 1.15, (CANVAS.stageHeaderHeight - 8) / TITLE_LINE_HEIGHT);
  return {
    fontSize: Math.round(fontSize * 10) / 10,
    lines,
    headingSize: Math.round(Math.max(15, headingSize) * 10) / 10,
  };
}

/** The step a key press moves to (clamped), or null for keys presentation mode does not use. */
export function stepAfterKey(key: string, shiftKey: boolean, index: number, total: number): number | null {
  const last = Math.max(0, total - 1);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return Math.min(last, index + 1);
    case ' ':
      return shiftKey ? Math.max(0, index - 1) : Math.min(last, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
