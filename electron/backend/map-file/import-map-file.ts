import { ApiError, invalidFieldError, type MapFileImportResult } from '../../../shared/api';
import { newId, nowIso, type Persona } from '../../../shared/domain';
import { parseMapFile, type MapFile } from '../../../shared/export';
import { copyName } from '../../../shared/document/copy-name';
import { IdTable } from '../../../shared/document/id-table';
import { remapContent, remapSnapshot } from '../../../shared/document/remap-map';
import type { Db } from '../db/open-database';
import { checkAvatarImage } from '../personas/avatar-check';
import { getMapInfo, getMapSummary } from '../repositories/map-repository';
import { getPersona, insertPersona, personaExists } from '../repositories/persona-repository';
import { insertVersion } from '../repositories/version-repository';
import { writeMapContent } from '../services/write-map-content';

export interface ImportOptions {
  /** Id generator; tests pass a counter. */
  makeId?: () => string;
  now?: string;
}

/** Persona content without ids and times: what "identical" means for reusing a library persona. */
const personaContent = (p: Persona): string =>
  JSON.stringify([
    p.name,
    p.role,
    p.avatarImage,
    p.avatarColor,
    p.quote,
    p.goals,
    p.needs,
    p.frustrations,
    p.demographics,
  ]);

/**
 * Imports a portable map file as a new map.
 *
 * - Always a new map: the map, stages, lanes, cards, connections, periods and versions all get new
 *   ids, so an import never touches an existing map (a file whose map id is already in the library is
 *   named as a copy).
 * - Personas: a library persona with the same id and identical content is reused; any other file
 *   persona is added with a new id. A reference to a persona neither in the file nor in the library
 *   is removed (and counted in `repairs`).
 * - Everything is checked before the first write and written in one transaction: on any error
 *   nothing is written.
 */
export function importMapFile(db: Db, text: string, options: ImportOptions = {}): MapFileImportResult {
  const { file, repairs } = parseMapFile(text);
  file.personas.forEach((p, i) => checkPersonaAvatar(p, i));
  const makeId = options.makeId ?? newId;
  const now = options.now ?? nowIso();
  return db
    .transaction(() => {
      const personas = importPersonas(db, file, makeId, now);
      const persona = (id: string): string | null => {
        const known = personas.ids.get(id);
        if (known !== undefined) return known;
        if (personaExists(db, id)) {
          personas.ids.set(id, id);
          return id;
        }
        // Counted, not one sentence each: a file can hold any number of such references.
        repairs.add('missing_persona', undefined, () => id);
        personas.ids.set(id, null);
        return null;
      };
      const items = new IdTable(makeId);
      const name = getMapInfo(db, file.map.id) ? copyName(file.map.name, file.map.language) : file.map.name;
      const content = remapContent(file, { items, persona });
      const map = { ...content.map, name, createdAt: now, updatedAt: now };
      writeMapContent(db, { ...content, map }, { kind: 'new' });

      // Frozen personas of versions keep their ids unless this import translated them.
      const frozenPersona = (id: string): string | null => personas.ids.get(id) ?? null;
      for (const version of file.versions) {
        const snapshot = remapSnapshot(version.snapshot, { items, persona: frozenPersona }, map.id);
        const { name: versionName, note, createdAt } = version;
        insertVersion(db, { id: makeId(), mapId: map.id, name: versionName, note, createdAt }, snapshot);
      }

      const summary = getMapSummary(db, map.id);
      if (!summary)
        throw new ApiError('internal', 'The imported map could not be read back.', {
          reason: 'imported_map_unreadable',
        });
      return {
        map: summary,
        repairs: repairs.list(),
        personasReused: personas.reused,
        personasCreated: personas.created,
      };
    })
    .immediate();
}

/** Reuses identical library personas and adds the others with new ids. */
function importPersonas(
  db: Db,
  file: MapFile,
  makeId: () => string,
  now: string,
): { ids: Map<string, string | null>; reused: number; created: number } {
  const ids = new Map<string, string | null>();
  let reused = 0;
  let created = 0;
  for (const p of file.personas) {
    const known = getPersona(db, p.id);
    if (known && personaContent(known) === personaContent(p)) {
      ids.set(p.id, p.id);
      reused += 1;
    } else {
      const id = makeId();
      insertPersona(db, { ...p, id, createdAt: now, updatedAt: now });
      ids.set(p.id, id);
      created += 1;
    }
  }
  return { ids, reused, created };
}

/** The same content check the persona editor applies, with the path inside the file. */
function checkPersonaAvatar(persona: Persona, index: number): void {
  if (persona.avatarImage === null) return;
  try {
    checkAvatarImage(persona.avatarImage);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const issue = error.issues?.[0];
    throw invalidFieldError(`personas.${index}.avatarImage`, issue?.message ?? error.message, {
      what: 'map file',
      reason: issue?.reason ?? 'bad_avatar',
      params: issue?.params,
    });
  }
}
