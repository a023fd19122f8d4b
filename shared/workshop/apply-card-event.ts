import type { Card, Connection } from '../domain/journey-map';
import { withCardFields } from '../domain/map-changes';
import type { SessionEvent } from './events';

/** What a session's card events change: a journey map, or the participant's copy of it. */
export interface CardHolder {
  readonly stages: readonly { id: string }[];
  readonly lanes: readonly { id: string }[];
  readonly cards: readonly Card[];
  readonly connections?: readonly Connection[];
}

export interface ApplyCardEventOptions {
  /**
   * For `card.changed` naming its `fields`: take only those fields onto the card `map` holds and keep
   * the others as they are there. The facilitator's editor sets it, so a participant's title change
   * does not undo the facilitator's own move or colour change of the card that is not stored yet (or
   * is on its way): each write changed its own fields, and the library holds both (issue 12).
   */
  onlyChangedFields?: boolean;
}

/** The card of a `card.changed` event: its changed fields over the card `map` holds, when it names them. */
function changedFieldsOnto(map: CardHolder, event: Extract<SessionEvent, { type: 'card.changed' }>): Card {
  const held = map.cards.find((c) => c.id === event.card.id);
  if (!event.fields || !held) return event.card;
  const merged = withCardFields(held, event.card, event.fields);
  // Who added the card is the library's to say; once set it stays.
  return event.card.author ? { ...merged, author: event.card.author } : merged;
}

/**
 * Applies one session event to a map or a participant's copy: `card.added` / `card.changed` put the
 * server's card in place (by id) or append it, `card.deleted` removes it and its connections; every
 * other event leaves it alone. Tolerant by design: the facilitator's editor also runs it on older
 * states of its undo history, so a card whose stage or lane is not in `map` is left out, and a
 * deletion of an unknown card changes nothing (the same object comes back).
 */
export function applyCardEvent<M extends CardHolder>(
  map: M,
  event: SessionEvent,
  options: ApplyCardEventOptions = {},
): M {
  switch (event.type) {
    case 'card.added':
      return upsertCard(map, event.card);
    case 'card.changed':
      return upsertCard(map, options.onlyChangedFields ? changedFieldsOnto(map, event) : event.card);
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
