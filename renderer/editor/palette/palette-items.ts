import { CARD_KINDS, type CardKind } from '../../../shared/domain';
import { addCardOfKind, addStageAt } from '../canvas/canvas-actions';

/** What the palette offers: a stage, or a card of a kind. */
export type PaletteKind = CardKind | 'stage';

/** The palette order: the persona card, a stage, then every other card kind in the domain's order. */
export const PALETTE_KINDS: readonly PaletteKind[] = [
  'persona',
  'stage',
  ...CARD_KINDS.filter((kind) => kind !== 'persona'),
];

/** The drag-and-drop data type of a palette item. */
export const PALETTE_MIME = 'application/x-journey-palette';

export function isPaletteKind(value: string): value is PaletteKind {
  return (PALETTE_KINDS as readonly string[]).includes(value);
}

/** A palette button pressed: the item goes to the selected cell (a stage after its column). */
export function addFromPalette(kind: PaletteKind): void {
  if (kind === 'stage') addStageAt();
  else addCardOfKind(kind);
}
