import type { Persona } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';

/** One row of the `personas` table; list fields are JSON arrays of strings. */
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

const parseList = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

const personaFromRow = (row: PersonaRow): Persona => ({
  id: row.id,
  name: row.name,
  role: row.role,
  avatarImage: row.avatar_image,
  avatarColor: row.avatar_color,
  quote: row.quote,
  goals: parseList(row.goals),
  needs: parseList(row.needs),
  frustrations: parseList(row.frustrations),
  demographics: row.demographics,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const personaToRow = (p: Persona): PersonaRow => ({
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

/** Whether the library has a persona with this id (personas are shared by all maps). */
export function personaExists(db: Db, id: string): boolean {
  return statement(db, 'SELECT 1 FROM personas WHERE id = ?').get(id) !== undefined;
}

export function getPersona(db: Db, id: string): Persona | undefined {
  const row = statement(db, 'SELECT * FROM personas WHERE id = ?').get(id) as PersonaRow | undefined;
  return row && personaFromRow(row);
}

/**
 * The maps that use each persona: on the map's persona list or as a persona card. A map that does
 * both counts once.
 */
const USING_MAPS = `
  SELECT map_id, persona_id FROM map_personas
  UNION
  SELECT map_id, persona_id FROM cards WHERE persona_id IS NOT NULL`;

/** Every persona by name, with how many maps use it. */
export function listPersonas(db: Db): (Persona & { usageCount: number })[] {
  const rows = statement(
    db,
    `SELECT p.*, coalesce(u.n, 0) AS usage_count
     FROM personas p
     LEFT JOIN (SELECT persona_id, count(*) AS n FROM (${USING_MAPS}) GROUP BY persona_id) u
       ON u.persona_id = p.id
     ORDER BY p.name COLLATE NOCASE, p.created_at`,
  ).all() as (PersonaRow & { usage_count: number })[];
  return rows.map((row) => ({ ...personaFromRow(row), usageCount: row.usage_count }));
}

/** The maps using a persona, by name, with how many persona cards on each point at it. */
export function listPersonaUsage(
  db: Db,
  personaId: string,
): { mapId: string; mapName: string; personaCards: number }[] {
  return statement(
    db,
    `SELECT m.id AS mapId, m.name AS mapName,
       (SELECT count(*) FROM cards c WHERE c.map_id = m.id AND c.persona_id = @id) AS personaCards
     FROM maps m
     WHERE m.id IN (SELECT map_id FROM (${USING_MAPS}) WHERE persona_id = @id)
     ORDER BY m.name COLLATE NOCASE`,
  ).all({ id: personaId }) as { mapId: string; mapName: string; personaCards: number }[];
}

export function insertPersona(db: Db, persona: Persona): void {
  statement(
    db,
    `INSERT INTO personas (id, name, role, avatar_image, avatar_color, quote, goals, needs, frustrations,
       demographics, created_at, updated_at)
     VALUES (@id, @name, @role, @avatar_image, @avatar_color, @quote, @goals, @needs, @frustrations,
       @demographics, @created_at, @updated_at)`,
  ).run(personaToRow(persona));
}

/** Writes every field of the persona but its creation time (one row: partial updates buy nothing here). */
export function updatePersona(db: Db, persona: Persona): void {
  statement(
    db,
    `UPDATE personas SET name = @name, role = @role, avatar_image = @avatar_image,
       avatar_color = @avatar_color, quote = @quote, goals = @goals, needs = @needs,
       frustrations = @frustrations, demographics = @demographics, updated_at = @updated_at
     WHERE id = @id`,
  ).run(personaToRow(persona));
}

/**
 * Deletes a persona. The schema's foreign keys take it off every map (`map_personas` cascades) and
 * unlink persona cards (`cards.persona_id` is set to NULL); the cards themselves stay.
 */
export function deletePersona(db: Db, id: string): number {
  return statement(db, 'DELETE FROM personas WHERE id = ?').run(id).changes;
}
