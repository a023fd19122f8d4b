import type { JourneyMap, Persona } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';

interface PersonaRow {
  id: string;
  name: string;
  role: string;
  avatar_image: string | null;
  avatar_color: string;
  quote: string;
  goals: string;
  needs: string;
  frustrations: string;
  demographics: string;
  created_at: string;
  updated_at: string;
}

const toPersona = (r: PersonaRow): Persona => ({
  id: r.id,
  name: r.name,
  role: r.role,
  avatarImage: r.avatar_image,
  avatarColor: r.avatar_color,
  quote: r.quote,
  goals: JSON.parse(r.goals) as string[],
  needs: JSON.parse(r.needs) as string[],
  frustrations: JSON.parse(r.frustrations) as string[],
  demographics: r.demographics,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The ids of the personas a map uses: its persona list and every persona card's persona. */
export function personaIdsUsedBy(map: JourneyMap): string[] {
  const ids = new Set(map.personaIds);
  for (const card of map.cards) if (card.kind === 'persona' && card.personaId) ids.add(card.personaId);
  return [...ids];
}

/** The library personas a map uses, as they are now (a version freezes this copy). */
export function readPersonasUsedBy(db: Db, map: JourneyMap): Persona[] {
  const get = statement(db, 'SELECT * FROM personas WHERE id = ?');
  return personaIdsUsedBy(map).flatMap((id) => {
    const row = get.get(id) as PersonaRow | undefined;
    return row ? [toPersona(row)] : [];
  });
}

/**
 * Puts back the snapshot's personas that were deleted from the library since, so the restored map's
 * persona cards and list can point at them. Personas that still exist are shared by other maps and
 * keep their current content.
 */
export function recreateMissingPersonas(db: Db, personas: readonly Persona[]): void {
  const insert = statement(
    db,
    `INSERT OR IGNORE INTO personas (id, name, role, avatar_image, avatar_color, quote, goals, needs,
       frustrations, demographics, created_at, updated_at)
     VALUES (@id, @name, @role, @avatar_image, @avatar_color, @quote, @goals, @needs, @frustrations,
       @demographics, @created_at, @updated_at)`,
  );
  for (const p of personas) {
    insert.run({
      id: p.id,
      name: p.name,
      role: p.role,
      avatar_image: p.avatarImage,
      avatar_color: p.avatarColor,
      quote: p.quote,
      goals: JSON.stringify(p.goals),
      needs: JSON.stringify(p.needs),
      frustrations: JSON.stringify(p.frustrations),
      demographics: p.demographics,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    });
  }
}
