import { ApiError, type Handlers, type MapMetrics, type PeriodWithMetrics } from '../../../shared/api';
import {
  ImportProvenanceSchema,
  newId,
  nowIso,
  type ImportProvenance,
  type StageMetric,
} from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { metricsCsv } from '../metrics/metrics-csv';
import { getMapRow } from '../repositories/map-repository';
import {
  deletePeriodRow,
  getPeriodRow,
  getStageMetricRow,
  insertPeriodRow,
  listPeriodRows,
  listStageMetricRows,
  updatePeriodRow,
  upsertStageMetricRow,
  type PeriodRow,
  type StageMetricRow,
} from '../repositories/metrics-repository';
import { readSetting, writeSetting } from '../repositories/settings-repository';
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
>;

/**
 * The active period lives in the settings table, one row per map. A settings row (not a column)
 * keeps the schema unchanged; a stale value (period deleted, map duplicated) falls back to the
 * most recent period, so it can never point at something that is not there.
 */
const activeKey = (mapId: string): string => `metrics.activePeriod.${mapId}`;

function parseProvenance(raw: string | null): ImportProvenance | null {
  if (raw === null) return null;
  try {
    const parsed = ImportProvenanceSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function toMetric(row: StageMetricRow): StageMetric {
  return {
    periodId: row.period_id,
    stageId: row.stage_id,
    metricLabel: row.metric_label,
    count: row.count,
    targetConversion: row.target_conversion,
    avgDaysInStage: row.avg_days_in_stage,
    lossReasons: row.loss_reasons,
  };
}

/** Start date first (undated last), then creation order: the order of the period picker. */
function comparePeriods(a: PeriodRow, b: PeriodRow): number {
  if (a.start_date !== b.start_date) {
    if (a.start_date === null) return 1;
    if (b.start_date === null) return -1;
    return a.start_date < b.start_date ? -1 : 1;
  }
  return a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0;
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
    if (!getMapRow(db, mapId)) throw notFound('map', mapId);
  };
  const requirePeriod = (periodId: string, path = 'periodId'): PeriodRow => {
    const row = getPeriodRow(db, periodId);
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
    const rows = listPeriodRows(db, mapId);
    const metricsByPeriod = new Map<string, StageMetric[]>();
    for (const row of listStageMetricRows(db, mapId)) {
      const list = metricsByPeriod.get(row.period_id) ?? [];
      list.push(toMetric(row));
      metricsByPeriod.set(row.period_id, list);
    }
    const stageOrder = new Map(stageIds(db, mapId).map((id, index) => [id, index]));
    const periods: PeriodWithMetrics[] = [...rows].sort(comparePeriods).map((row) => ({
      id: row.id,
      mapId: row.map_id,
      name: row.name,
      startDate: row.start_date,
      endDate: row.end_date,
      source: row.source,
      provenance: parseProvenance(row.provenance),
      createdAt: row.created_at,
      metrics: (metricsByPeriod.get(row.id) ?? []).sort(
        (a, b) => (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0),
      ),
    }));
    const chosen = readSetting(db, activeKey(mapId));
    const newest = [...rows].sort((a, b) => (a.created_at < b.created_at ? 1 : -1))[0];
    const activePeriodId =
      typeof chosen === 'string' && rows.some((r) => r.id === chosen) ? chosen : (newest?.id ?? null);
    return { mapId, periods, activePeriodId };
  };

  const createPeriodRow = (
    mapId: string,
    fields: { name: string; startDate: string | null; endDate: string | null; source: string },
    provenance: ImportProvenance | null,
  ): PeriodRow => {
    checkDates(fields.startDate, fields.endDate);
    const row: PeriodRow = {
      id: newId(),
      map_id: mapId,
      name: fields.name,
      start_date: fields.startDate,
      end_date: fields.endDate,
      source: fields.source === '' ? 'manual' : fields.source,
      provenance: provenance === null ? null : JSON.stringify(provenance),
      // Strictly increasing so that "most recent" is well defined even within one millisecond.
      created_at: laterThanAll(listPeriodRows(db, mapId)),
    };
    insertPeriodRow(db, row);
    return row;
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
      const existing = getStageMetricRow(db, periodId, row.stageId);
      upsertStageMetricRow(db, {
        period_id: periodId,
        stage_id: row.stageId,
        metric_label: row.metricLabel,
        count: row.count,
        target_conversion: row.targetConversion ?? existing?.target_conversion ?? null,
        avg_days_in_stage: row.avgDaysInStage ?? existing?.avg_days_in_stage ?? null,
        loss_reasons: row.lossReasons ?? existing?.loss_reasons ?? '',
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
          if (activate) writeSetting(db, activeKey(mapId), row.id);
          return read(mapId);
        })
        .immediate(),

    'metrics.updatePeriod': ({ periodId, ...patch }) =>
      db
        .transaction(() => {
          const row = requirePeriod(periodId);
          const next: PeriodRow = {
            ...row,
            name: patch.name ?? row.name,
            start_date: patch.startDate === undefined ? row.start_date : patch.startDate,
            end_date: patch.endDate === undefined ? row.end_date : patch.endDate,
            source: patch.source === undefined || patch.source === '' ? row.source : patch.source,
          };
          checkDates(next.start_date, next.end_date);
          updatePeriodRow(db, next);
          return read(row.map_id);
        })
        .immediate(),

    'metrics.deletePeriod': ({ periodId }) =>
      db
        .transaction(() => {
          const row = requirePeriod(periodId);
          deletePeriodRow(db, periodId);
          return read(row.map_id);
        })
        .immediate(),

    'metrics.setActivePeriod': ({ mapId, periodId }) =>
      db
        .transaction(() => {
          requireMap(mapId);
          if (periodId !== null) {
            const row = requirePeriod(periodId);
            if (row.map_id !== mapId) {
              throw invalidField('periodId', `"${periodId}" is a period of another map`, 'id_in_other_map', {
                what: 'period',
              });
            }
          }
          writeSetting(db, activeKey(mapId), periodId);
          return read(mapId);
        })
        .immediate(),

    'metrics.setStageMetrics': ({ periodId, rows }) =>
      db
        .transaction(() => {
          const period = requirePeriod(periodId);
          checkStages(period.map_id, rows);
          for (const row of rows) {
            upsertStageMetricRow(db, {
              period_id: periodId,
              stage_id: row.stageId,
              metric_label: row.metricLabel,
              count: row.count,
              target_conversion: row.targetConversion,
              avg_days_in_stage: row.avgDaysInStage,
              loss_reasons: row.lossReasons,
            });
          }
          return read(period.map_id);
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
            if (row.map_id !== mapId) {
              throw invalidField(
                'target.periodId',
                `"${target.periodId}" is a period of another map`,
                'id_in_other_map',
                { what: 'period' },
              );
            }
            // Numbers are about to be overwritten: keep the map as it was, as a version (issue 6).
            autoSaveVersion(db, mapId, `Before import: ${provenance.fileName}`.slice(0, 200));
            updatePeriodRow(db, {
              ...row,
              source: provenance.source === '' ? row.source : provenance.source,
              provenance: JSON.stringify(recorded),
            });
            periodId = row.id;
          }
          writeImportedRows(periodId, rows);
          writeSetting(db, activeKey(mapId), periodId);
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
          writeSetting(db, activeKey(mapId), periodId);
          return read(mapId);
        })
        .immediate(),

    'metrics.exportCsv': ({ periodId }) => {
      const period = requirePeriod(periodId);
      const map = getMapRow(db, period.map_id);
      if (!map) throw notFound('map', period.map_id);
      const metrics = read(period.map_id).periods.find((p) => p.id === periodId)?.metrics ?? [];
      return metricsCsv({
        mapName: map.name,
        periodName: period.name,
        language: map.language,
        stages: listStages(db, period.map_id),
        metrics,
      });
    },
  };
}

/** A creation time later than every period of the map already has. */
function laterThanAll(rows: readonly PeriodRow[]): string {
  const latest = rows.reduce<string | undefined>(
    (max, r) => (max === undefined || r.created_at > max ? r.created_at : max),
    undefined,
  );
  return nextTimestamp(latest);
}
