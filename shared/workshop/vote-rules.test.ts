import { describe, expect, it } from 'vitest';
import { makeMap } from '../document/test-map';
import { VoteSettingsSchema } from './session-state';
import {
  castRefusal,
  eligibleCardIds,
  rankResults,
  withDot,
  withdrawRefusal,
  type Ballot,
} from './vote-rules';

const map = makeMap({ stages: 2, lanes: 2, cardsPerCell: 1, laneKinds: ['touchpoints', 'painPoints'] });
const settings = VoteSettingsSchema.parse({ dotsPerPerson: 3, maxPerCard: 2 });
const open = { phase: 'open', settings };

describe('dot vote rules', () => {
  it('scopes a vote to all cards or to the cards of lanes of one kind', () => {
    expect(eligibleCardIds({ kind: 'all' }, map.cards, map.lanes).size).toBe(4);
    const pain = eligibleCardIds({ kind: 'laneKind', laneKind: 'painPoints' }, map.cards, map.lanes);
    const painLane = map.lanes.find((l) => l.kind === 'painPoints')!;
    expect([...pain].sort()).toEqual(
      map.cards
        .filter((c) => c.laneId === painLane.id)
        .map((c) => c.id)
        .sort(),
    );
  });

  it('enforces the budget and the per-card limit, and only while open', () => {
    const all = eligibleCardIds({ kind: 'all' }, map.cards, map.lanes);
    const [a, b, c] = map.cards.map((card) => card.id) as [string, string, string];
    let ballots: Ballot[] = [];
    expect(castRefusal(open, ballots, 'p', a, all)).toBeNull();
    ballots = withDot(withDot(ballots, 'p', a, 1), 'p', a, 1);
    expect(castRefusal(open, ballots, 'p', a, all)).toBe('vote_card_limit');
    ballots = withDot(ballots, 'p', b, 1);
    expect(castRefusal(open, ballots, 'p', c, all)).toBe('vote_no_dots_left');
    expect(castRefusal(open, ballots, 'q', c, all)).toBeNull();
    expect(castRefusal(open, ballots, 'q', 'not-a-card', all)).toBe('vote_card_not_eligible');
    expect(castRefusal({ phase: 'closed', settings }, [], 'q', a, all)).toBe('vote_not_open');
    expect(withdrawRefusal(open, ballots, 'p', c)).toBe('vote_no_dot_on_card');
    ballots = withDot(ballots, 'p', b, -1);
    expect(ballots).toEqual([{ participantId: 'p', cardId: a, dots: 2 }]);
  });

  it('ranks by dots with shared ranks for ties, named or anonymous', () => {
    const [a, b, c] = map.cards as [(typeof map.cards)[0], (typeof map.cards)[0], (typeof map.cards)[0]];
    const ballots: Ballot[] = [
      { participantId: 'p', cardId: b.id, dots: 2 },
      { participantId: 'q', cardId: c.id, dots: 2 },
      { participantId: 'q', cardId: a.id, dots: 1 },
      { participantId: 'q', cardId: 'deleted-card', dots: 1 },
    ];
    const names = (id: string) => ({ p: 'Ana', q: 'Ben' })[id] ?? '?';
    const named = rankResults(ballots, map.cards, false, names);
    expect(named.map((r) => [r.cardId, r.dots, r.rank])).toEqual([
      [b.id, 2, 1],
      [c.id, 2, 1],
      [a.id, 1, 3],
    ]);
    expect(named[0]!.voters).toEqual([{ displayName: 'Ana', dots: 2 }]);
    expect(rankResults(ballots, map.cards, true, names).every((r) => r.voters === null)).toBe(true);
  });
});
