import type { CardKind, LaneKind } from './journey-map';

/**
 * The card kind a lane's own cards have, for capture by double-click on an empty cell. Lanes whose
 * kind has no card kind of its own (notes, custom) get notes.
 */
const CARD_KIND_OF_LANE: Record<LaneKind, CardKind> = {
  actions: 'action',
  touchpoints: 'touchpoint',
  thoughts: 'thought',
  emotions: 'emotion',
  painPoints: 'painPoint',
  opportunities: 'opportunity',
  notes: 'note',
  custom: 'note',
};

/**
 * The kind of card a lane of `kind` holds.
 *
 * @example cardKindForLane('painPoints') // 'painPoint'
 */
export function cardKindForLane(kind: LaneKind): CardKind {
  return CARD_KIND_OF_LANE[kind];
}
