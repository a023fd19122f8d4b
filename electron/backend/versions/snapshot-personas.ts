import type { JourneyMap, Persona } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import {
  getPersonaRow,
  insertPersonaRow,
  personaExists,
  personaFromRow,
  personaToRow,
} from '../repositories/persona-repository';

/** The ids of the personas a map uses: its persona list and every persona card's persona. */
export function personaIdsUsedBy(map: JourneyMap): string[] {
  const ids = new Set(map.personaIds);
  for (const card of map.cards) if (card.kind === 'persona' && card.personaId) ids.add(card.personaId);
  return [...ids];
}

/** The library personas a map uses, as they are now (a version freezes this copy). */
export function readPersonasUsedBy(db: Db, map: JourneyMap): Persona[] {
  return personaIdsUsedBy(map).flatMap((id) => {
    const row = getPersonaRow(db, id);
    return row ? [personaFromRow(row)] : [];
  });
}

/**
 * Puts back the snapshot's personas that were deleted from the library since, so the restored map's
 * persona cards and list can point at them. Personas that still exist are shared by other maps and
 * keep their current content.
 */
export function recreateMissingPersonas(db: Db, personas: readonly Persona[]): void {
  for (const persona of personas) {
    if (!personaExists(db, persona.id)) insertPersonaRow(db, personaToRow(persona));
  }
}
