import type { Card } from '../../shared/domain';
import type { ParticipantMap, ParticipantSelf, VoteState } from '../../shared/workshop';
import type { CardVoting } from './CardItem';

/** Whether a card is among those the vote is about (all cards, or those in lanes of one kind). */
export function inVoteScope(vote: VoteState, card: Card, map: ParticipantMap): boolean {
  if (vote.scope.kind === 'all') return true;
  const laneKind = vote.scope.laneKind;
  return map.lanes.some((l) => l.id === card.laneId && l.kind === laneKind);
}

/** The dot buttons of one card for this participant, or null when the card takes no vote now. */
export function cardVoting(
  vote: VoteState | null,
  you: ParticipantSelf,
  card: Card,
  map: ParticipantMap,
): CardVoting | null {
  if (vote?.phase !== 'open' || !inVoteScope(vote, card, map)) return null;
  const mine = you.myVotes.find((v) => v.cardId === card.id)?.dots ?? 0;
  return { mine, canCast: you.dotsLeft > 0 && mine < vote.maxPerCard };
}
