import type { Handlers } from '../../../shared/api';
import { copyName } from '../../../shared/document/copy-name';
import { copyMapContent } from '../../../shared/document/remap-map';
import { nowIso, type MapSummary } from '../../../shared/domain';
import { buildTemplateMap, templateBenchmarks } from '../../../shared/templates';
import type { Db } from '../db/open-database';
import {
  deleteMap,
  getMapInfo,
  getMapSummary,
  listMapSummaries,
  updateMap,
} from '../repositories/map-repository';
import { readSnapshot } from '../versions/read-snapshot';
import { thumbnailSvgDataUrl } from '../versions/thumbnail-svg';
import { readMap } from './map-reader';
import { notFound } from './service-errors';
import { nextTimestamp } from './timestamps';
import { writeMapContent } from './write-map-content';

type MapHandlers = Pick<
  Handlers,
  | 'maps.list'
  | 'maps.get'
  | 'maps.thumbnail'
  | 'maps.create'
  | 'maps.rename'
  | 'maps.duplicate'
  | 'maps.delete'
>;

/** Case- and accent-insensitive text for search; works for Chinese too (it has no case). */
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

export function createMapHandlers(db: Db): MapHandlers {
  const summaryOrThrow = (id: string): MapSummary => {
    const summary = getMapSummary(db, id);
    if (!summary) throw notFound('map', id);
    return summary;
  };

  // A map's picture changes only when the map does: drawn once per change while the library is open.
  const thumbnails = new Map<string, { updatedAt: string; thumbnail: string | null }>();

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

    'maps.thumbnail': ({ id }) => {
      const summary = summaryOrThrow(id);
      const cached = thumbnails.get(id);
      if (cached?.updatedAt === summary.updatedAt) return { thumbnail: cached.thumbnail };
      const map = readMap(db, id);
      if (!map) throw notFound('map', id);
      const thumbnail = thumbnailSvgDataUrl(map);
      thumbnails.set(id, { updatedAt: summary.updatedAt, thumbnail });
      return { thumbnail };
    },

    'maps.create': ({ name, templateId, language }) => {
      const map = buildTemplateMap(templateId, language, name);
      db.transaction(() =>
        writeMapContent(
          db,
          { map, periods: [], metrics: [], benchmarks: templateBenchmarks(templateId, map) },
          { kind: 'new' },
        ),
      ).immediate();
      return summaryOrThrow(map.id);
    },

    'maps.rename': ({ id, name }) => {
      db.transaction(() => {
        const row = getMapInfo(db, id);
        if (!row) throw notFound('map', id);
        updateMap(db, id, { name, updatedAt: nextTimestamp(row.updatedAt) });
      }).immediate();
      return summaryOrThrow(id);
    },

    'maps.duplicate': ({ id, name }) => {
      const copyId = db
        .transaction(() => {
          const original = readSnapshot(db, id);
          if (!original) throw notFound('map', id);
          // Versions stay with the original; the copy gets its periods and numbers under new ids.
          const copyNamed = name ?? copyName(original.map.name, original.map.language);
          const copy = copyMapContent(original, { name: copyNamed, now: nowIso() });
          writeMapContent(db, copy, { kind: 'new' });
          return copy.map.id;
        })
        .immediate();
      return summaryOrThrow(copyId);
    },

    'maps.delete': ({ id }) => {
      const deleted = db.transaction(() => deleteMap(db, id)).immediate();
      if (deleted === 0) throw notFound('map', id);
      return { id };
    },
  };
}
