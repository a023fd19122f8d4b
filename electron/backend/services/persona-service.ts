import { ApiError, type Handlers } from '../../../shared/api';
import { newId, PersonaSchema, type Persona } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { checkAvatarImage } from '../personas/avatar-check';
import { getMapRow, updateMapRow } from '../repositories/map-repository';
import {
  deletePersonaRow,
  getPersonaRow,
  insertPersonaRow,
  listPersonaRows,
  listPersonaUsage,
  personaFromRow,
  personaToRow,
  updatePersonaRow,
} from '../repositories/persona-repository';
import { notFound } from './service-errors';
import { nextTimestamp } from './timestamps';

type PersonaHandlers = Pick<
  Handlers,
  | 'personas.list'
  | 'personas.get'
  | 'personas.create'
  | 'personas.update'
  | 'personas.delete'
  | 'personas.usage'
>;

/** The persona library: shared by every map, so deleting one that maps use asks first. */
export function createPersonaHandlers(db: Db): PersonaHandlers {
  const personaOrThrow = (id: string): Persona => {
    const row = getPersonaRow(db, id);
    if (!row) throw notFound('persona', id);
    return personaFromRow(row);
  };

  return {
    'personas.list': () =>
      listPersonaRows(db).map((row) => ({ ...personaFromRow(row), usageCount: row.usage_count })),

    'personas.get': ({ id }) => personaOrThrow(id),

    'personas.create': (fields) => {
      if (fields.avatarImage) checkAvatarImage(fields.avatarImage);
      const now = new Date().toISOString();
      const persona = PersonaSchema.parse({ ...fields, id: newId(), createdAt: now, updatedAt: now });
      db.transaction(() => insertPersonaRow(db, personaToRow(persona))).immediate();
      return persona;
    },

    'personas.update': ({ id, ...fields }) => {
      if (fields.avatarImage) checkAvatarImage(fields.avatarImage);
      return db
        .transaction(() => {
          const current = personaOrThrow(id);
          const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
          const next = PersonaSchema.parse({
            ...current,
            ...defined,
            updatedAt: nextTimestamp(current.updatedAt),
          });
          updatePersonaRow(db, personaToRow(next));
          return next;
        })
        .immediate();
    },

    'personas.delete': ({ id, force }) =>
      db
        .transaction(() => {
          const persona = personaOrThrow(id);
          const usage = listPersonaUsage(db, id);
          if (usage.length > 0 && !force) {
            const names = usage.map((u) => `“${u.map_name}”`).join(', ');
            throw new ApiError(
              'conflict',
              `Persona “${persona.name}” is used by ${usage.length} map${usage.length === 1 ? '' : 's'} (${names}). ` +
                'Delete it anyway to take it off those maps; their persona cards keep their text.',
              {
                path: 'id',
                reason: 'persona_in_use',
                params: { name: persona.name, count: usage.length, maps: names },
              },
            );
          }
          // The foreign keys take it off the maps and unlink the cards; the maps were changed, so
          // their updatedAt moves on (the library lists most recently changed first).
          deletePersonaRow(db, id);
          for (const { map_id } of usage) {
            const row = getMapRow(db, map_id);
            if (row) updateMapRow(db, map_id, { updatedAt: nextTimestamp(row.updated_at) });
          }
          return { id, mapsUpdated: usage.length };
        })
        .immediate(),

    'personas.usage': ({ id }) => {
      personaOrThrow(id);
      return listPersonaUsage(db, id).map((u) => ({
        mapId: u.map_id,
        mapName: u.map_name,
        personaCards: u.persona_cards,
      }));
    },
  };
}
