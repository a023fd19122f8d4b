import type { CardKind } from '../../../../shared/domain';

const TEXT_GLYPH: Record<Exclude<CardKind, 'persona'> | 'stage', string> = {
  stage: '▥',
  touchpoint: '◎',
  emotion: '♥',
  painPoint: '!',
  opportunity: '★',
  note: '✎',
};

/**
 * The small symbol of a card kind (or a stage). Text symbols that every font has; the persona is
 * drawn, since the person emoji is missing from many Linux desktops.
 */
export function KindGlyph({ kind }: { kind: CardKind | 'stage' }) {
  if (kind === 'persona') {
    return (
      <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="8" r="4.5" fill="currentColor" />
        <path d="M3.5 21c0-4.7 3.8-8 8.5-8s8.5 3.3 8.5 8z" fill="currentColor" />
      </svg>
    );
  }
  return <>{TEXT_GLYPH[kind]}</>;
}
