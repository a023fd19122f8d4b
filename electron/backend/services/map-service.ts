import type { Handlers } from '../../../shared/api';
import { newId, nowIso, type JourneyMap, type MapSummary } from '../../../shared/domain';
import { buildTemplateMap } from '../../../shared/templates';
import type { Db } from '../db/open-database';
import {
  insertPeriodRow,
  insertStageMetricRow,
  listPeriodRows,
  listStageMetricRows,
} from '../repositories/metrics-repository';
import {
  deleteMapRow,
  getMapRow,
  getMapSummary,
  listMapSummaries,
  updateMapRow,
} from '../repositories/map-repository';
import { copyMapWithNewIds, copyName } from './copy-map';
import { readMap } from './map-reader';
import { insertWholeMap } from './map-writer';
import { notFound } from './service-errors';
import { nextTimestamp } from './timestamps';

type MapHandlers = Pick<
  Handlers,
  'maps.list' | 'maps.get' | 'maps.create' | 'maps.rename' | 'maps.duplicate' | 'maps.delete'
>;

/** Case- and accent-insensitive text for search; works for Chinese too (it has no case). */
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

export function createMapHandlers(db: Db): MapHandlers {
  const summaryOrThrow = (id: string): MapSummary => {
    const summary = getMapSummary(db, id);
    if (!summary) throw notFound('map', id);
    return summary;
  };

  return {
    'maps.list': ({ query }) => {
      const all = listMapSummaries(db);
      const needle = fold(query?.trim() ?? '');
      // Filtered here, not with SQL LIKE: LIKE folds ASCII case only. A library holds hundreds of
      // maps at most, so this costs nothing.
      return needle === '' ? all : all.filter((m) => fold(m.name).includes(needle));
    },

    'maps.get': ({ id }) => {
      const map = readMap(db, id);
      if (!map) throw notFound('map', id);
      return map;
    },

    'maps.create': ({ name, templateId, language }) => {
      const map = buildTemplateMap(templateId, language, name);
      db.transaction(() => insertWholeMap(db, map)).immediate();
      return summaryOrThrow(map.id);
    },

    'maps.rename': ({ id, name }) => {
      db.transaction(() => {
        const row = getMapRow(db, id);
        if (!row) throw notFound('map', id);
        updateMapRow(db, id, { name, updatedAt: nextTimestamp(row.updated_at) });
      }).immediate();
      return summaryOrThrow(id);
    },

    'maps.duplicate': ({ id, name }) => {
      const copyId = db
        .transaction(() => {
          const original = readMap(db, id);
          if (!original) throw notFound('map', id);
          return duplicateInTransaction(db, original, name ?? copyName(original.name, original.language));
        })
        .immediate();
      return summaryOrThrow(copyId);
    },

    'maps.delete': ({ id }) => {
      const deleted = db.transaction(() => deleteMapRow(db, id)).immediate();
      if (deleted === 0) throw notFound('map', id);
      return { id };
    },
  };
}

/** Writes the copy and its metric periods (stage ids remapped); versions stay with the original. */
function duplicateInTransaction(db: Db, original: JourneyMap, name: string): string {
  const { map: copy, ids } = copyMapWithNewIds(original, name, nowIso());
  insertWholeMap(db, copy);
  const periodIds = new Map<string, string>();
  for (const period of listPeriodRows(db, original.id)) {
    const id = newId();
    periodIds.set(period.id, id);
    insertPeriodRow(db, { ...period, id, map_id: copy.id });
  }
  for (const metric of listStageMetricRows(db, original.id)) {
    const periodId = periodIds.get(metric.period_id);
    const stageId = ids.get(metric.stage_id);
    if (periodId && stageId) insertStageMetricRow(db, { ...metric, period_id: periodId, stage_id: stageId });
  }
  return copy.id;
}
