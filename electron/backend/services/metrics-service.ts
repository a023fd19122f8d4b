import { ApiError, type Handlers, type MapMetrics, type PeriodWithMetrics } from '../../../shared/api';
import {
  newId,
  nowIso,
  type ImportProvenance,
  type MetricPeriod,
  type StageMetric,
} from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { metricsCsv } from '../metrics/metrics-csv';
import { getMapInfo } from '../repositories/map-repository';
import {
  deleteBenchmark,
  deletePeriod,
  getFunnelValue,
  getPeriod,
  getStageMetric,
  insertPeriod,
  listPeriods,
  listBenchmarks,
  listStageMetrics,
  setFunnelValue,
  updatePeriod,
  upsertBenchmark,
  upsertStageMetric,
} from '../repositories/metrics-repository';
import { readPreference, writePreference } from '../repositories/preference-repository';
import { listStages, stageIds } from '../repositories/stage-repository';
import { invalidField, notFound } from './service-errors';
import { autoSaveVersion } from './version-service';
import { nextTimestamp } from './timestamps';

type MetricHandlers = Pick<
  Handlers,
  | 'metrics.listPeriods'
  | 'metrics.createPeriod'
  | 'metrics.updatePeriod'
  | 'metrics.deletePeriod'
  | 'metrics.setActivePeriod'
  | 'metrics.setStageMetrics'
  | 'metrics.applyImport'
  | 'metrics.applyImportAll'
  | 'metrics.exportCsv'
  | 'metrics.setFunnelValue'
  | 'metrics.setBenchmark'
  | 'metrics.removeBenchmark'
>;

/**
 * The active period is a preference of its map (a `preferences` row that goes with the map, see
 * migration 0040), not a column: a stale value (period deleted, map duplicated) falls back to the
 * most recent period, so it can never point at something that is not there.
 */
const ACTIVE_PERIOD_KEY = 'metrics.activePeriod';
const readActivePeriod = (db: Db, mapId: string): unknown => readPreference(db, { mapId }, ACTIVE_PERIOD_KEY);
const writeActivePeriod = (db: Db, mapId: string, periodId: string | null): void =>
  writePreference(db, { mapId }, ACTIVE_PERIOD_KEY, periodId);

/** Start date first (undated last), then creation order: the order of the period picker. */
function comparePeriods(a: MetricPeriod, b: MetricPeriod): number {
  if (a.startDate !== b.startDate) {
    if (a.startDate === null) return 1;
    if (b.startDate === null) return -1;
    return a.startDate < b.startDate ? -1 : 1;
  }
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

function checkDates(start: string | null, end: string | null): void {
  if (start !== null && end !== null && end < start) {
    throw invalidField('endDate', `must not be before the start date (${start})`, 'before_start_date', {
      start,
    });
  }
}

export function createMetricsHandlers(db: Db): MetricHandlers {
  const requireMap = (mapId: string): void => {
    if (!getMapInfo(db, mapId)) throw notFound('map', mapId);
  };
  const requirePeriod = (periodId: string, path = 'periodId'): MetricPeriod => {
    const row = getPeriod(db, periodId);
    if (!row) {
      throw new ApiError('not_found', `No metric period with id "${periodId}" exists in this library.`, {
        path,
        reason: 'item_not_found',
        params: { what: 'period', id: periodId },
      });
    }
    return row;
  };

  const read = (mapId: string): MapMetrics => {
    const rows = listPeriods(db, mapId);
    const metricsByPeriod = new Map<string, StageMetric[]>();
    for (const metric of listStageMetrics(db, mapId)) {
      const list = metricsByPeriod.get(metric.periodId) ?? [];
      list.push(metric);
      metricsByPeriod.set(metric.periodId, list);
    }
    const stageOrder = new Map(stageIds(db, mapId).map((id, index) => [id, index]));
    const periods: PeriodWithMetrics[] = [...rows].sort(comparePeriods).map((period) => ({
      ...period,
      metrics: (metricsByPeriod.get(period.id) ?? []).sort(
        (a, b) => (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0),
      ),
    }));
    const chosen = readActivePeriod(db, mapId);
    const newest = [...rows].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
    const activePeriodId =
      typeof chosen === 'string' && rows.some((r) => r.id === chosen) ? chosen : (newest?.id ?? null);
    return {
      mapId,
      periods,
      activePeriodId,
      benchmarks: listBenchmarks(db, mapId),
      value: getFunnelValue(db, mapId) ?? null,
    };
  };

  const createPeriodRow = (
    mapId: string,
    fields: { name: string; startDate: string | null; endDate: string | null; source: string },
    provenance: ImportProvenance | null,
  ): MetricPeriod => {
    checkDates(fields.startDate, fields.endDate);
    const period: MetricPeriod = {
      id: newId(),
      mapId,
      name: fields.name,
      startDate: fields.startDate,
      endDate: fields.endDate,
      source: fields.source === '' ? 'manual' : fields.source,
      provenance,
      // Strictly increasing so that "most recent" is well defined even within one millisecond.
      createdAt: laterThanAll(listPeriods(db, mapId)),
    };
    insertPeriod(db, period);
    return period;
  };

  /** Every stage id of `rows` must be a stage of the map, and only once. */
  const checkStages = (mapId: string, rows: readonly { stageId: string }[], at = 'rows'): void => {
    const known = new Set(stageIds(db, mapId));
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (!known.has(row.stageId)) {
        throw invalidField(
          `${at}.${index}.stageId`,
          `"${row.stageId}" is not a stage of this map`,
          'not_in_map',
          {
            what: 'stage',
            id: row.stageId,
          },
        );
      }
      if (seen.has(row.stageId)) {
        throw invalidField(
          `${at}.${index}.stageId`,
          `"${row.stageId}" is listed more than once`,
          'listed_twice',
          {
            what: 'stage',
            id: row.stageId,
          },
        );
      }
      seen.add(row.stageId);
    });
  };

  /**
   * An import brings counts and labels, and targets, times and loss reasons when the file has them
   * (the app's own CSV export); what the file does not give, typed by hand, stays.
   */
  const writeImportedRows = (
    periodId: string,
    rows: readonly {
      stageId: string;
      count: number | null;
      metricLabel: string;
      targetConversion?: number | null | undefined;
      avgDaysInStage?: number | null | undefined;
      lossReasons?: string | undefined;
    }[],
  ): void => {
    for (const row of rows) {
      const existing = getStageMetric(db, periodId, row.stageId);
      upsertStageMetric(db, {
        periodId,
        stageId: row.stageId,
        metricLabel: row.metricLabel,
        count: row.count,
        targetConversion: row.targetConversion ?? existing?.targetConversion ?? null,
        avgDaysInStage: row.avgDaysInStage ?? existing?.avgDaysInStage ?? null,
        lossReasons: row.lossReasons ?? existing?.lossReasons ?? '',
      });
    }
  };

  return {
    'metrics.listPeriods': ({ mapId }) => {
      requireMap(mapId);
      return read(mapId);
    },

    'metrics.createPeriod': ({ mapId, activate, ...fields }) =>
      db
        .transaction(() => {
          requireMap(mapId);
          const row = createPeriodRow(mapId, fields, null);
          if (activate) writeActivePeriod(db, mapId, row.id);
          return read(mapId);
        })
        .immediate(),

    'metrics.updatePeriod': ({ periodId, ...patch }) =>
      db
        .transaction(() => {
          const row = requirePeriod(periodId);
          const next: MetricPeriod = {
            ...row,
            name: patch.name ?? row.name,
            startDate: patch.startDate === undefined ? row.startDate : patch.startDate,
            endDate: patch.endDate === undefined ? row.endDate : patch.endDate,
            source: patch.source === undefined || patch.source === '' ? row.source : patch.source,
            orderValue: patch.orderValue === undefined ? row.orderValue : patch.orderValue,
          };
          checkDates(next.startDate, next.endDate);
          updatePeriod(db, next);
          return read(row.mapId);
        })
        .immediate(),

    'metrics.deletePeriod': ({ periodId }) =>
      db
        .transaction(() => {
          const row = requirePeriod(periodId);
          deletePeriod(db, periodId);
          return read(row.mapId);
        })
        .immediate(),

    'metrics.setActivePeriod': ({ mapId, periodId }) =>
      db
        .transaction(() => {
          requireMap(mapId);
          if (periodId !== null) {
            const row = requirePeriod(periodId);
            if (row.mapId !== mapId) {
              throw invalidField('periodId', `"${periodId}" is a period of another map`, 'id_in_other_map', {
                what: 'period',
              });
            }
          }
          writeActivePeriod(db, mapId, periodId);
          return read(mapId);
        })
        .immediate(),

    'metrics.setStageMetrics': ({ periodId, rows }) =>
      db
        .transaction(() => {
          const period = requirePeriod(periodId);
          checkStages(period.mapId, rows);
          for (const row of rows) {
            upsertStageMetric(db, {
              periodId,
              stageId: row.stageId,
              metricLabel: row.metricLabel,
              count: row.count,
              targetConversion: row.targetConversion,
              avgDaysInStage: row.avgDaysInStage,
              lossReasons: row.lossReasons,
            });
          }
          return read(period.mapId);
        })
        .immediate(),

    'metrics.applyImport': ({ mapId, periodName, rows, provenance, target }) =>
      db
        .transaction(() => {
          requireMap(mapId);
          checkStages(mapId, rows);
          const recorded: ImportProvenance = { ...provenance, importedAt: nowIso() };
          let periodId: string;
          if (target.kind === 'new') {
            periodId = createPeriodRow(
              mapId,
              {
                name: periodName,
                startDate: provenance.dateRange.start,
                endDate: provenance.dateRange.end,
                source: provenance.source,
              },
              recorded,
            ).id;
          } else {
            const row = requirePeriod(target.periodId, 'target.periodId');
            if (row.mapId !== mapId) {
              throw invalidField(
                'target.periodId',
                `"${target.periodId}" is a period of another map`,
                'id_in_other_map',
                { what: 'period' },
              );
            }
            // Numbers are about to be overwritten: keep the map as it was, as a version (issue 6).
            autoSaveVersion(db, mapId, `Before import: ${provenance.fileName}`.slice(0, 200));
            updatePeriod(db, {
              ...row,
              source: provenance.source === '' ? row.source : provenance.source,
              provenance: recorded,
            });
            periodId = row.id;
          }
          writeImportedRows(periodId, rows);
          writeActivePeriod(db, mapId, periodId);
          return read(mapId);
        })
        .immediate(),

    'metrics.applyImportAll': ({ mapId, provenance, periods }) =>
      db
        .transaction(() => {
          requireMap(mapId);
          const importedAt = nowIso();
          let periodId = '';
          periods.forEach((period, index) => {
            checkStages(mapId, period.rows, `periods.${index}.rows`);
            const dateRange = { start: period.startDate, end: period.endDate };
            periodId = createPeriodRow(
              mapId,
              {
                name: period.name,
                startDate: period.startDate,
                endDate: period.endDate,
                source: provenance.source,
              },
              { ...provenance, dateRange, importedAt },
            ).id;
            writeImportedRows(periodId, period.rows);
          });
          writeActivePeriod(db, mapId, periodId);
          return read(mapId);
        })
        .immediate(),

    'metrics.setFunnelValue': ({ mapId, value }) =>
      db
        .transaction(() => {
          requireMap(mapId);
          setFunnelValue(db, mapId, value);
          return read(mapId);
        })
        .immediate(),

    'metrics.setBenchmark': ({ mapId, benchmark }) =>
      db
        .transaction(() => {
          requireMap(mapId);
          checkStages(mapId, [benchmark], 'benchmark');
          upsertBenchmark(db, mapId, benchmark);
          return read(mapId);
        })
        .immediate(),

    'metrics.removeBenchmark': ({ mapId, stageId }) =>
      db
        .transaction(() => {
          requireMap(mapId);
          deleteBenchmark(db, mapId, stageId);
          return read(mapId);
        })
        .immediate(),

    'metrics.exportCsv': ({ periodId }) => {
      const period = requirePeriod(periodId);
      const map = getMapInfo(db, period.mapId);
      if (!map) throw notFound('map', period.mapId);
      const metrics = read(period.mapId).periods.find((p) => p.id === periodId)?.metrics ?? [];
      return metricsCsv({
        mapName: map.name,
        periodName: period.name,
        language: map.language,
        stages: listStages(db, period.mapId),
        metrics,
      });
    },
  };
}

/** A creation time later than every period of the map already has. */
function laterThanAll(periods: readonly MetricPeriod[]): string {
  const latest = periods.reduce<string | undefined>(
    (max, p) => (max === undefined || p.createdAt > max ? p.createdAt : max),
    undefined,
  );
  return nextTimestamp(latest);
}
