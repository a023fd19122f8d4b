import type { Card, Connection } from '../domain/journey-map';
import type { SessionEvent } from './events';

/** What a session's card events change: a journey map, or the participant's copy of it. */
export interface CardHolder {
  readonly stages: readonly { id: string }[];
  readonly lanes: readonly { id: string }[];
  readonly cards: readonly Card[];
  readonly connections?: readonly Connection[];
}

/**
 * Applies one session event to a map or a participant's copy: `card.added` / `card.changed` put the
 * server's card in place (by id) or append it, `card.deleted` removes it and its connections; every
 * other event leaves it alone. Tolerant by design: the facilitator's editor also runs it on older
 * states of its undo history, so a card whose stage or lane is not in `map` is left out, and a
 * deletion of an unknown card changes nothing (the same object comes back).
 */
export function applyCardEvent<M extends CardHolder>(map: M, event: SessionEvent): M {
  switch (event.type) {
    case 'card.added':
    case 'card.changed':
      return upsertCard(map, event.card);
    case 'card.deleted':
      return removeCard(map, event.cardId);
    default:
      return map;
  }
}

function upsertCard<M extends CardHolder>(map: M, card: Card): M {
  const inCell = card.stageId !== null || card.laneId !== null;
  if (
    inCell &&
    (!map.stages.some((s) => s.id === card.stageId) || !map.lanes.some((l) => l.id === card.laneId))
  )
    return map;
  const at = map.cards.findIndex((c) => c.id === card.id);
  const cards = [...map.cards];
  if (at === -1) cards.push(card);
  else cards[at] = card;
  return { ...map, cards };
}

function removeCard<M extends CardHolder>(map: M, cardId: string): M {
  if (!map.cards.some((c) => c.id === cardId)) return map;
  const cards = map.cards.filter((c) => c.id !== cardId);
  if (!map.connections) return { ...map, cards };
  const connections = map.connections.filter((c) => c.sourceId !== cardId && c.targetId !== cardId);
  return { ...map, cards, connections };
}
