import type { Card, Lane } from '../domain/journey-map';
import type { VoteResult, VoteScope, VoteSettings } from './session-state';

/** One participant's dots on one card. */
export interface Ballot {
  participantId: string;
  cardId: string;
  dots: number;
}

/** The cards a vote of `scope` is about. */
export function eligibleCardIds(
  scope: VoteScope,
  cards: readonly Card[],
  lanes: readonly Lane[],
): Set<string> {
  if (scope.kind === 'all') return new Set(cards.map((c) => c.id));
  const laneIds = new Set(lanes.filter((l) => l.kind === scope.laneKind).map((l) => l.id));
  return new Set(cards.filter((c) => c.laneId !== null && laneIds.has(c.laneId)).map((c) => c.id));
}

export const dotsOf = (ballots: readonly Ballot[], participantId: string): number =>
  ballots.filter((b) => b.participantId === participantId).reduce((sum, b) => sum + b.dots, 0);

const dotsOn = (ballots: readonly Ballot[], participantId: string, cardId: string): number =>
  ballots.find((b) => b.participantId === participantId && b.cardId === cardId)?.dots ?? 0;

export type CastRefusal =
  'vote_not_open' | 'vote_card_not_eligible' | 'vote_no_dots_left' | 'vote_card_limit';
export type WithdrawRefusal = 'vote_not_open' | 'vote_no_dot_on_card';

/** Whether a participant may place one more dot on a card; null when they may. */
export function castRefusal(
  vote: { phase: string; settings: VoteSettings },
  ballots: readonly Ballot[],
  participantId: string,
  cardId: string,
  eligible: ReadonlySet<string>,
): CastRefusal | null {
  if (vote.phase !== 'open') return 'vote_not_open';
  if (!eligible.has(cardId)) return 'vote_card_not_eligible';
  if (dotsOf(ballots, participantId) >= vote.settings.dotsPerPerson) return 'vote_no_dots_left';
  if (dotsOn(ballots, participantId, cardId) >= vote.settings.maxPerCard) return 'vote_card_limit';
  return null;
}

export function withdrawRefusal(
  vote: { phase: string },
  ballots: readonly Ballot[],
  participantId: string,
  cardId: string,
): WithdrawRefusal | null {
  if (vote.phase !== 'open') return 'vote_not_open';
  if (dotsOn(ballots, participantId, cardId) === 0) return 'vote_no_dot_on_card';
  return null;
}

/** The ballots after one dot more (or less) of `participantId` on `cardId`. */
export function withDot(
  ballots: readonly Ballot[],
  participantId: string,
  cardId: string,
  delta: 1 | -1,
): Ballot[] {
  const current = dotsOn(ballots, participantId, cardId);
  const rest = ballots.filter((b) => !(b.participantId === participantId && b.cardId === cardId));
  const dots = current + delta;
  return dots > 0 ? [...rest, { participantId, cardId, dots }] : rest;
}

/**
 * The ranked result: cards with dots, most first (ties share a rank, "1, 2, 2, 4"; equal counts keep
 * the map's card order), with voters by name unless the vote is anonymous. Dots on cards no longer on
 * the map are dropped.
 */
export function rankResults(
  ballots: readonly Ballot[],
  cards: readonly Card[],
  anonymous: boolean,
  nameOf: (participantId: string) => string,
): VoteResult[] {
  const order = new Map(cards.map((c, i) => [c.id, i]));
  const totals = new Map<string, number>();
  for (const b of ballots)
    if (order.has(b.cardId)) totals.set(b.cardId, (totals.get(b.cardId) ?? 0) + b.dots);
  const sorted = [...totals.entries()].sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!);
  const titleOf = new Map(cards.map((c) => [c.id, c.title]));
  let rank = 0;
  let previous = -1;
  return sorted.map(([cardId, dots], i) => {
    if (dots !== previous) rank = i + 1;
    previous = dots;
    const voters = anonymous
      ? null
      : ballots
          .filter((b) => b.cardId === cardId)
          .map((b) => ({ displayName: nameOf(b.participantId), dots: b.dots }));
    return { cardId, title: titleOf.get(cardId) ?? '', dots, rank, voters };
  });
}
