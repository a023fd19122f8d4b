import { ApiError, invalidFieldError, type MapFileImportResult } from '../../../shared/api';
import { newId, nowIso, type Persona } from '../../../shared/domain';
import { parseMapFile, type MapFile } from '../../../shared/export';
import type { Db } from '../db/open-database';
import { checkAvatarImage } from '../personas/avatar-check';
import { getMapRow, getMapSummary } from '../repositories/map-repository';
import { insertPeriodRow, insertStageMetricRow } from '../repositories/metrics-repository';
import {
  getPersonaRow,
  insertPersonaRow,
  personaExists,
  personaFromRow,
  personaToRow,
} from '../repositories/persona-repository';
import { copyName } from '../services/copy-map';
import { insertWholeMap } from '../services/map-writer';
import { insertVersionRow } from '../versions/version-repository';
import { IdTable } from './id-table';
import { remapMap, remapMetrics, remapPeriods, remapSnapshot } from './remap-map';

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
      const name = getMapRow(db, file.map.id) ? copyName(file.map.name, file.map.language) : file.map.name;
      const map = { ...remapMap(file.map, { items, persona }), name, createdAt: now, updatedAt: now };
      insertWholeMap(db, map);

      for (const p of remapPeriods(file.periods, map.id, items)) {
        insertPeriodRow(db, {
          id: p.id,
          map_id: map.id,
          name: p.name,
          start_date: p.startDate,
          end_date: p.endDate,
          source: p.source,
          provenance: p.provenance === null ? null : JSON.stringify(p.provenance),
          created_at: p.createdAt,
        });
      }
      for (const m of remapMetrics(file.metrics, items)) {
        insertStageMetricRow(db, {
          period_id: m.periodId,
          stage_id: m.stageId,
          metric_label: m.metricLabel,
          count: m.count,
          target_conversion: m.targetConversion,
          avg_days_in_stage: m.avgDaysInStage,
          loss_reasons: m.lossReasons,
        });
      }

      // Frozen personas of versions keep their ids unless this import translated them.
      const frozenPersona = (id: string): string | null => personas.ids.get(id) ?? null;
      for (const version of file.versions) {
        const snapshot = remapSnapshot(version.snapshot, { items, persona: frozenPersona }, map.id);
        insertVersionRow(db, {
          id: makeId(),
          map_id: map.id,
          name: version.name,
          note: version.note,
          created_at: version.createdAt,
          card_count: snapshot.map.cards.length,
          snapshot: JSON.stringify(snapshot),
        });
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
    const row = getPersonaRow(db, p.id);
    if (row && personaContent(personaFromRow(row)) === personaContent(p)) {
      ids.set(p.id, p.id);
      reused += 1;
    } else {
      const id = makeId();
      insertPersonaRow(db, personaToRow({ ...p, id, createdAt: now, updatedAt: now }));
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
