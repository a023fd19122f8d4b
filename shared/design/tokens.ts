/**
 * The one visual language of the app: every colour, icon and type size that says what something IS
 * (a card's kind, a stage, a lane, an emotion, a funnel step). The editor (CSS custom properties
 * made from these, see `renderer/styles/design-tokens.ts`), the PNG and PDF export, compare, the
 * read-only version view and both kinds of thumbnails read them from here, so a touchpoint is the
 * same blue everywhere. Pure data: no DOM, no React.
 *
 * Text colours are chosen for at least 4.5:1 contrast on their own fill and on white (WCAG AA).
 */
import type { CardKind } from '../domain/journey-map';

/** How one card kind looks. */
export interface KindToken {
  /** The card's soft background. */
  fill: string;
  /** The strong colour: the card's left stripe, its icon, the thumbnail's block. */
  border: string;
  /** The kind's label text (dark enough on `fill` and on white). */
  text: string;
  /** The kind's icon: an SVG path in a 12 x 12 box, filled with `border`. */
  icon: string;
}

/** The icon of a stage (palette), same 12 x 12 box as the kinds' icons. */
export const STAGE_ICON = 'M1 1.5h10v2H1zM1 5h4.5v5.5H1zM6.5 5H11v5.5H6.5z';

/** Card kinds in the order the palette and legends show them. */
export const KIND_TOKENS: Readonly<Record<CardKind, KindToken>> = {
  persona: {
    fill: '#f5f3ff',
    border: '#7c3aed',
    text: '#5b21b6',
    // a head and shoulders
    icon: 'M6 0.8a2.6 2.6 0 1 1 0 5.2a2.6 2.6 0 1 1 0-5.2zM1 11.5c0-3 2.2-4.8 5-4.8s5 1.8 5 4.8z',
  },
  action: {
    fill: '#f0fdfa',
    border: '#0f766e',
    text: '#115e59',
    // an arrow: a step taken
    icon: 'M1 4.5h5.5V1.5L11.5 6L6.5 10.5V7.5H1z',
  },
  touchpoint: {
    fill: '#f0f9ff',
    border: '#0369a1',
    text: '#075985',
    // a target: the point of contact
    icon: 'M6 0.5a5.5 5.5 0 1 1 0 11a5.5 5.5 0 1 1 0-11zM6 2.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7zM6 4.3a1.7 1.7 0 1 1 0 3.4a1.7 1.7 0 1 1 0-3.4z',
  },
  thought: {
    fill: '#fdf4ff',
    border: '#a21caf',
    text: '#86198f',
    // a thought bubble
    icon: 'M6.5 0.8c2.8 0 5 1.7 5 3.9s-2.2 3.9-5 3.9c-0.6 0-1.2-0.1-1.7-0.2L2.5 10l0.6-2.4C1.6 6.9 1.5 5.8 1.5 4.7c0-2.2 2.2-3.9 5-3.9zM1.6 10.4a0.9 0.9 0 1 1 0 1.8a0.9 0.9 0 1 1 0-1.8z',
  },
  emotion: {
    fill: '#fdf2f8',
    border: '#db2777',
    text: '#9d174d',
    // a heart
    icon: 'M6 11L1.4 6.3C0 4.8 0.4 2.2 2.4 1.5C3.8 1 5.2 1.7 6 2.9C6.8 1.7 8.2 1 9.6 1.5C11.6 2.2 12 4.8 10.6 6.3z',
  },
  painPoint: {
    fill: '#fef2f2',
    border: '#dc2626',
    text: '#991b1b',
    // a warning triangle
    icon: 'M6 0.8L11.6 11H0.4zM5.3 4.2v3.6h1.4V4.2zM5.3 8.6v1.4h1.4V8.6z',
  },
  opportunity: {
    fill: '#f0fdf4',
    border: '#15803d',
    text: '#166534',
    // a star
    icon: 'M6 0.5L7.6 4.4L11.5 4.6L8.5 7.2L9.5 11.2L6 9L2.5 11.2L3.5 7.2L0.5 4.6L4.4 4.4z',
  },
  note: {
    fill: '#fefce8',
    border: '#a16207',
    text: '#854d0e',
    // a sticky note with a folded corner
    icon: 'M1 1h10v6.5L7.5 11H1zM7.5 7.5V11L11 7.5z',
  },
};

/** One stage's accent: a strong colour for its header, a faint one for its column. */
export interface StageAccent {
  /** The header's top bar and the stage's colour in legends. */
  accent: string;
  /** The header's background. */
  soft: string;
  /** The column's tint behind the cards (faint, so card fills stay readable). */
  tint: string;
  /** Text on `soft` (the stage name and goal). */
  text: string;
}

/**
 * Stage accents by stage index (the sixth stage reuses the first's). Blues to greens to warm:
 * the journey reads left to right like a timeline, and neighbours always differ.
 */
export const STAGE_ACCENTS: readonly StageAccent[] = [
  { accent: '#4f46e5', soft: '#eef2ff', tint: '#f7f8ff', text: '#312e81' },
  { accent: '#0284c7', soft: '#e0f2fe', tint: '#f5fbff', text: '#0c4a6e' },
  { accent: '#0d9488', soft: '#ccfbf1', tint: '#f4fdfb', text: '#134e4a' },
  { accent: '#65a30d', soft: '#ecfccb', tint: '#fafef3', text: '#365314' },
  { accent: '#d97706', soft: '#fef3c7', tint: '#fffcf2', text: '#78350f' },
  { accent: '#e11d48', soft: '#ffe4e6', tint: '#fff8f9', text: '#881337' },
];

/** The accent of the stage at `index` (0-based), cycling through the palette. */
export function stageAccent(index: number): StageAccent {
  const n = STAGE_ACCENTS.length;
  return STAGE_ACCENTS[((Math.trunc(index) % n) + n) % n] as StageAccent;
}

/** Lanes: headers, alternating rows and grid lines. */
export const LANE_STYLE = {
  headerFill: '#f8fafc',
  headerText: '#0f172a',
  headerBorder: '#cbd5e1',
  rowFill: '#ffffff',
  rowAltFill: '#fbfcfe',
  gridLine: '#e2e8f0',
} as const;

/** Type sizes in CSS px at zoom 1 (the canvas, the export picture and the print view). */
export const TYPE_SCALE = {
  cardTitle: 13,
  cardKind: 11,
  cardText: 11,
  stageName: 15,
  stageGoal: 12,
  laneName: 13,
  bandTitle: 12,
  personaName: 15,
  personaRole: 12,
  personaQuote: 12,
} as const;

/** How an emotion score's face is coloured, from -2 to +2 (index = score + 2). */
export interface EmotionFaceToken {
  /** Face fill. */
  fill: string;
  /** Outline, eyes and mouth. */
  ink: string;
}
export const EMOTION_FACE_TOKENS: readonly EmotionFaceToken[] = [
  { fill: '#fecaca', ink: '#b91c1c' },
  { fill: '#fed7aa', ink: '#c2410c' },
  { fill: '#e2e8f0', ink: '#475569' },
  { fill: '#bbf7d0', ink: '#15803d' },
  { fill: '#86efac', ink: '#166534' },
];

/** The face colours of a score or a stage mean (rounded like `emotionFace`). */
export function emotionFaceToken(score: number): EmotionFaceToken {
  const rounded = Number.isNaN(score) ? 0 : Math.sign(score) * Math.round(Math.abs(score));
  const i = Math.min(2, Math.max(-2, rounded)) + 2;
  return EMOTION_FACE_TOKENS[i] as EmotionFaceToken;
}

/** The emotion band: the curve, its halo and its background. */
export const EMOTION_BAND = {
  curve: '#7048e8',
  halo: '#ffffff',
  fill: '#fdf7fb',
  zeroLine: '#f0cde0',
} as const;

/** The personas band above the stages. */
export const PERSONA_BAND = {
  fill: '#f8fafc',
  border: '#e2e8f0',
  quote: '#475569',
} as const;

/**
 * Connections between cards: quiet slate on the canvas (many of them sit under the cards you work
 * on); in the static picture (PNG, PDF) orange, so a printed path stands out and tests can find it.
 */
export const CONNECTION_COLORS = { canvas: '#64748b', picture: '#e8590c' } as const;

/** The funnel: bars of the first and second period, conversions and the biggest leak. */
export const FUNNEL_COLORS = {
  bars: ['#4338ca', '#0f766e'],
  conversion: '#364fc7',
  leak: '#c92a2a',
  leakSoft: '#fef3c7',
  leakText: '#78350f',
} as const;
