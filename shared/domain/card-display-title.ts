import type { Card } from './journey-map';

/** Looks up a library persona's current name by id (undefined when the library has no such persona). */
export type PersonaNameLookup = (personaId: string) => string | undefined;

/**
 * The name a card is shown and announced by on every surface (canvas, connections, export, compare):
 * a persona card linked to a library persona is called by that persona's current name, so renaming
 * the persona renames every card at once; any other card, and a persona card whose persona is unset
 * or gone from the library, by its own title.
 *
 * @example
 * cardDisplayTitle(card, personaNames([{ id: 'p1', name: 'Mia Wong' }])); // 'Mia Wong'
 */
export function cardDisplayTitle(card: Card, personaName: PersonaNameLookup): string {
  if (card.kind === 'persona' && card.personaId !== null) {
    const name = personaName(card.personaId);
    if (name !== undefined && name !== '') return name;
  }
  return card.title;
}

/** A {@link PersonaNameLookup} over a list of personas (the library, or a snapshot's personas). */
export function personaNames(personas: readonly { id: string; name: string }[]): PersonaNameLookup {
  const names = new Map(personas.map((p) => [p.id, p.name]));
  return (id) => names.get(id);
}
