import type { Language, Stage, StageMetric } from '../../../shared/domain';
import { analyzeFunnel } from '../../../shared/funnel';

/** The byte order mark that makes Excel read a CSV file as UTF-8 (otherwise Chinese is garbled). */
export const UTF8_BOM = '\uFEFF';

const HEADERS: Record<Language, readonly string[]> = {
  en: [
    'Stage',
    'Metric',
    'Count',
    'Conversion to next stage (%)',
    'Drop-off',
    'Target conversion (%)',
    'Average days in stage',
    'Main loss reasons',
  ],
  'zh-CN': [
    '阶段',
    '指标',
    '人数',
    '转化率 (%)',
    '流失人数',
    '目标转化率 (%)',
    '平均停留天数',
    '主要流失原因',
  ],
};

/**
 * One cell per RFC 4180: quoted when it holds a delimiter, quote or line break. A leading `=`, `+`,
 * `-` or `@` in text gets a `'` so a spreadsheet never runs a stage name as a formula.
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const round = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

/** A file name part without characters Windows and macOS refuse. */
function fileNamePart(text: string): string {
  const cleaned = text
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned === '' ? 'metrics' : cleaned.slice(0, 80);
}

/**
 * The numbers of one period as CSV text: one row per stage of the map in display order (stages
 * without numbers have empty cells), with the conversion and drop-off derived as the overlay shows
 * them. Starts with a UTF-8 byte order mark; lines end with CRLF as RFC 4180 asks.
 */
export function metricsCsv(input: {
  mapName: string;
  periodName: string;
  language: Language;
  stages: readonly Pick<Stage, 'id' | 'name'>[];
  metrics: readonly StageMetric[];
}): { fileName: string; text: string } {
  const byStage = new Map(input.metrics.map((m) => [m.stageId, m]));
  const analysis = analyzeFunnel(
    input.stages.map((stage) => ({
      stageId: stage.id,
      count: byStage.get(stage.id)?.count ?? null,
      targetConversion: byStage.get(stage.id)?.targetConversion ?? null,
    })),
  );
  const lines = [HEADERS[input.language].map(cell).join(',')];
  input.stages.forEach((stage, index) => {
    const metric = byStage.get(stage.id);
    const row = analysis.stages[index];
    lines.push(
      [
        stage.name,
        metric?.metricLabel ?? '',
        metric?.count ?? null,
        round(row?.conversion ?? null),
        row?.dropOff ?? null,
        metric?.targetConversion ?? null,
        metric?.avgDaysInStage ?? null,
        metric?.lossReasons ?? '',
      ]
        .map(cell)
        .join(','),
    );
  });
  return {
    fileName: `${fileNamePart(input.mapName)}-${fileNamePart(input.periodName)}.csv`,
    text: UTF8_BOM + lines.join('\r\n') + '\r\n',
  };
}
