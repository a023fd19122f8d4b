import type { Card, JourneyMap } from '../domain/journey-map';
import { IdSchema, LIMITS } from '../domain/primitives';
import { checkLimit, invalidEdit, parseOrThrow } from './guards';

/**
 * Shows a library persona on the map (adds its id to `personaIds`). Returns the same map when it is
 * already there. Whether the persona exists in the library is the backend's check, not this one's.
 *
 * @throws ApiError `invalid_input` for a malformed id; `too_large` past {@link LIMITS.listItems}.
 */
export function addPersonaToMap(map: JourneyMap, personaId: string): JourneyMap {
  const id = parseOrThrow(IdSchema, personaId, 'persona id');
  if (map.personaIds.includes(id)) return map;
  checkLimit(map.personaIds.length + 1, LIMITS.listItems, 'personas');
  return { ...map, personaIds: [...map.personaIds, id] };
}

/**
 * Takes a persona off the map. Persona cards that pointed at it are kept, with their title and text,
 * but unlinked (`personaId: null`): the user wrote that text and may want it; deleting cards is a
 * separate, explicit step.
 *
 * @throws ApiError `invalid_input` when the persona is not on the map.
 */
export function removePersonaFromMap(map: JourneyMap, personaId: string): JourneyMap {
  if (!map.personaIds.includes(personaId)) {
    invalidEdit(
      `Persona "${String(personaId)}" is not on this map.`,
      'personaId',
      'edit_persona_not_on_map',
      {
        id: String(personaId),
      },
    );
  }
  let unlinked = false;
  const cards = map.cards.map((card): Card => {
    if (card.kind !== 'persona' || card.personaId !== personaId) return card;
    unlinked = true;
    return { ...card, personaId: null };
  });
  return {
    ...map,
    personaIds: map.personaIds.filter((id) => id !== personaId),
    cards: unlinked ? cards : map.cards,
  };
}

/** How many persona cards on the map point at the persona (shown when taking it off the map). */
export function countPersonaCards(map: JourneyMap, personaId: string): number {
  return map.cards.reduce(
    (n, card) => (card.kind === 'persona' && card.personaId === personaId ? n + 1 : n),
    0,
  );
}
