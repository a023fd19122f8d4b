import { describe, expect, it } from 'vitest';
import { LANE_KINDS } from './journey-map';
import { cardKindForLane } from './lane-card-kind';

describe('cardKindForLane', () => {
  it('gives each lane kind with a card kind of its own that card kind', () => {
    expect(cardKindForLane('touchpoints')).toBe('touchpoint');
    expect(cardKindForLane('emotions')).toBe('emotion');
    expect(cardKindForLane('painPoints')).toBe('painPoint');
    expect(cardKindForLane('opportunities')).toBe('opportunity');
    expect(cardKindForLane('actions')).toBe('action');
    expect(cardKindForLane('thoughts')).toBe('thought');
  });

  it('gives notes to lanes without a card kind of their own', () => {
    for (const kind of ['notes', 'custom'] as const) {
      expect(cardKindForLane(kind)).toBe('note');
    }
  });

  it('never gives a persona card, for any lane kind', () => {
    for (const kind of LANE_KINDS) expect(cardKindForLane(kind)).not.toBe('persona');
  });
});
