import { ApiError, type Handlers } from '../../../shared/api';
import { newId, PersonaSchema, type Persona } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { checkAvatarImage } from '../personas/avatar-check';
import { getMapInfo, updateMap } from '../repositories/map-repository';
import {
  deletePersona,
  getPersona,
  insertPersona,
  listPersonas,
  listPersonaUsage,
  updatePersona,
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
    const persona = getPersona(db, id);
    if (!persona) throw notFound('persona', id);
    return persona;
  };

  return {
    'personas.list': () => listPersonas(db),

    'personas.get': ({ id }) => personaOrThrow(id),

    'personas.create': (fields) => {
      if (fields.avatarImage) checkAvatarImage(fields.avatarImage);
      const now = new Date().toISOString();
      const persona = PersonaSchema.parse({ ...fields, id: newId(), createdAt: now, updatedAt: now });
      db.transaction(() => insertPersona(db, persona)).immediate();
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
          updatePersona(db, next);
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
            const names = usage.map((u) => `“${u.mapName}”`).join(', ');
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
          deletePersona(db, id);
          for (const { mapId } of usage) {
            const row = getMapInfo(db, mapId);
            if (row) updateMap(db, mapId, { updatedAt: nextTimestamp(row.updatedAt) });
          }
          return { id, mapsUpdated: usage.length };
        })
        .immediate(),

    'personas.usage': ({ id }) => {
      personaOrThrow(id);
      return listPersonaUsage(db, id);
    },
  };
}
