import { describe, expect, it } from 'vitest';
import { makeMap } from '../../shared/document/test-map';
import type { ParticipantMap, ParticipantSelf, VoteState } from '../../shared/workshop';
import { cardVoting } from './vote-view';

const full = makeMap({ stages: 1, lanes: 8, cardsPerCell: 1 });
const map: ParticipantMap = { ...full, mapId: full.id, authors: {}, seq: 0 };
const painLane = map.lanes.find((l) => l.kind === 'painPoints')!;
const painCard = map.cards.find((c) => c.laneId === painLane.id)!;
const otherCard = map.cards.find((c) => c.laneId !== painLane.id)!;
const vote: VoteState = {
  id: 'v1',
  phase: 'open',
  scope: { kind: 'laneKind', laneKind: 'painPoints' },
  dotsPerPerson: 3,
  maxPerCard: 2,
  anonymous: true,
  durationSeconds: null,
  startedAt: full.createdAt,
  endsAt: null,
  dotsCast: 0,
  voterCount: 0,
  results: null,
};
const you = (dotsLeft: number, mine: number): ParticipantSelf => ({
  participantId: 'p1',
  displayName: 'Ana',
  dotsLeft,
  myVotes: mine ? [{ cardId: painCard.id, dots: mine }] : [],
});

describe('cardVoting', () => {
  it('offers dots only on cards in the vote’s lanes, up to the per-card limit and the budget', () => {
    expect(cardVoting(vote, you(3, 0), otherCard, map)).toBeNull();
    expect(cardVoting(vote, you(3, 0), painCard, map)).toEqual({ mine: 0, canCast: true });
    expect(cardVoting(vote, you(1, 2), painCard, map)).toEqual({ mine: 2, canCast: false });
    expect(cardVoting(vote, you(0, 1), painCard, map)).toEqual({ mine: 1, canCast: false });
    expect(cardVoting({ ...vote, phase: 'closed' }, you(3, 0), painCard, map)).toBeNull();
    expect(cardVoting({ ...vote, scope: { kind: 'all' } }, you(3, 0), otherCard, map)).not.toBeNull();
  });
});
