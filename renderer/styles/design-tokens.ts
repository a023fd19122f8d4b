import type { CSSProperties } from 'react';
import type { CardKind } from '../../shared/domain';
import {
  CONNECTION_COLORS,
  EMOTION_BAND,
  FUNNEL_COLORS,
  KIND_TOKENS,
  LANE_STYLE,
  PERSONA_BAND,
  STAGE_ACCENTS,
  TYPE_SCALE,
  stageAccent,
} from '../../shared/design/tokens';

/**
 * The design tokens (shared/design/tokens.ts) as CSS custom properties: the stylesheets read
 * `var(--lane-header-fill)`, `var(--type-card-title)`, ... and never spell a token colour themselves.
 * Per-kind and per-stage colours are set on the element (`kindStyle`, `stageStyle`) as `--kind`,
 * `--kind-soft`, `--kind-text` and `--stage-accent`, `--stage-soft`, `--stage-tint`, `--stage-text`.
 */
export function tokenVariables(): Record<string, string> {
  const vars: Record<string, string> = {
    '--lane-header-fill': LANE_STYLE.headerFill,
    '--lane-header-text': LANE_STYLE.headerText,
    '--lane-header-border': LANE_STYLE.headerBorder,
    '--lane-row-fill': LANE_STYLE.rowFill,
    '--lane-row-alt-fill': LANE_STYLE.rowAltFill,
    '--lane-grid-line': LANE_STYLE.gridLine,
    '--emotion-curve': EMOTION_BAND.curve,
    '--emotion-halo': EMOTION_BAND.halo,
    '--emotion-band-fill': EMOTION_BAND.fill,
    '--persona-band-fill': PERSONA_BAND.fill,
    '--persona-band-border': PERSONA_BAND.border,
    '--persona-band-quote': PERSONA_BAND.quote,
    '--connection': CONNECTION_COLORS.canvas,
    '--funnel-conversion': FUNNEL_COLORS.conversion,
    '--funnel-leak': FUNNEL_COLORS.leak,
    '--funnel-leak-soft': FUNNEL_COLORS.leakSoft,
    '--funnel-leak-text': FUNNEL_COLORS.leakText,
  };
  for (const [name, size] of Object.entries(TYPE_SCALE)) {
    vars[`--type-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`] = `${size}px`;
  }
  for (const [kind, token] of Object.entries(KIND_TOKENS)) {
    vars[`--kind-${kind}`] = token.border;
    vars[`--kind-${kind}-soft`] = token.fill;
    vars[`--kind-${kind}-text`] = token.text;
  }
  return vars;
}

/** Sets the token variables on the document root, once, before the first screen renders. */
export function applyDesignTokens(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(tokenVariables())) root.style.setProperty(name, value);
}

const KIND_STYLES = Object.fromEntries(
  Object.entries(KIND_TOKENS).map(([kind, token]) => [
    kind,
    { '--kind': token.border, '--kind-soft': token.fill, '--kind-text': token.text } as CSSProperties,
  ]),
) as Record<CardKind, CSSProperties>;

/**
 * A card kind's colours as `--kind`, `--kind-soft` and `--kind-text` for one element (a card, a palette
 * item). The same object for every call of a kind, so memoised nodes see no change.
 */
export function kindStyle(kind: CardKind): CSSProperties {
  return KIND_STYLES[kind];
}

const STAGE_STYLES = STAGE_ACCENTS.map(
  (a) =>
    ({
      '--stage-accent': a.accent,
      '--stage-soft': a.soft,
      '--stage-tint': a.tint,
      '--stage-text': a.text,
    }) as CSSProperties,
);

/** The accent of the stage at `index` as `--stage-*` variables (same object per accent). */
export function stageStyle(index: number): CSSProperties {
  return STAGE_STYLES[STAGE_ACCENTS.indexOf(stageAccent(index))] as CSSProperties;
}
