import { ApiError, type ErrorParams, type ErrorReason } from '../api/errors';
import { LIMITS } from '../domain';
import type { StageMetric } from '../domain';
import { COLUMN_NAMES, mapColumns, type ColumnMap } from './column-roles';
import { readCountCell, readDateCell, readDecimalCell, unguardFormula } from './cell-values';
import { decodeText } from './decode-text';
import { detectDelimiter, parseDelimitedText, type CommentLine, type DelimitedRow } from './delimited-text';
import { detectFormat, FORMAT_SOURCES } from './detect-format';
import { formatNameList } from './name-list';
import type { ImportedPeriod, ImportedStep, ImportResult, ImportWarning } from './types';

/** Files above this size are refused before decoding: funnel exports are a few kilobytes. */
export const MAX_FUNNEL_FILE_BYTES = 32 * 1024 * 1024;
/** More periods than this means a wrong column was taken for the period or date. */
export const MAX_IMPORTED_PERIODS = 5_000;
/** How many title or note rows may stand above the header row. */
const MAX_TITLE_ROWS = 10;

const cellPath = (row: number, column: string): string => `row ${row}, column "${column}"`;

function columnName(header: readonly string[], index: number): string {
  const name = header[index]?.trim() ?? '';
  return name === '' ? `#${index + 1}` : name;
}

/** Why one cell cannot be imported: in English, and as a reason with its values for the UI. */
interface CellProblem {
  problem: string;
  reason: ErrorReason;
  params?: ErrorParams;
}

function cellError(row: number, header: readonly string[], index: number, cell: CellProblem): ApiError {
  const column = columnName(header, index);
  return new ApiError(
    'invalid_input',
    `Row ${row}, column "${column}": ${cell.problem}. Fix the cell and import again.`,
    {
      path: cellPath(row, column),
      reason: cell.reason,
      params: { ...cell.params, row, column },
    },
  );
}

function readCell(row: DelimitedRow, header: readonly string[], index: number): string {
  const value = row.cells[index];
  if (value === undefined) {
    throw cellError(row.row, header, index, {
      problem: 'the row ends before this column',
      reason: 'funnel_cell_row_ends',
    });
  }
  return value;
}

/** `# Start date: 20240101` / `# End date: 20240131`, or `# 20240101-20240131`, in GA4's preamble. */
function preambleDates(comments: readonly CommentLine[]): { start: string | null; end: string | null } {
  let start: string | null = null;
  let end: string | null = null;
  for (const { text } of comments) {
    const date = (raw: string | undefined): string | null => {
      if (raw === undefined) return null;
      const reading = readDateCell(raw);
      return reading.ok ? reading.value : null;
    };
    const range = /^(\d{8}|\d{4}-\d{2}-\d{2})\s*[-–~]\s*(\d{8}|\d{4}-\d{2}-\d{2})$/.exec(text);
    if (range !== null) {
      start = date(range[1]);
      end = date(range[2]);
    }
    start = date(/^start date\s*:?\s*(\S+)/i.exec(text)?.[1]) ?? start;
    end = date(/^end date\s*:?\s*(\S+)/i.exec(text)?.[1]) ?? end;
  }
  return { start, end };
}

interface PeriodDraft {
  name: string;
  startDate: string | null;
  endDate: string | null;
  steps: Map<string, ImportedStep>;
  summedRows: number;
}

function missingColumnError(role: 'step' | 'count', headerRow: number, header: readonly string[]): ApiError {
  const what = role === 'step' ? 'stage (step) names' : 'counts';
  const names = COLUMN_NAMES[role];
  const english = names.slice(0, 5).map((name) => `"${name}"`);
  const chinese = names
    .filter((name) => /[\u4e00-\u9fff]/.test(name))
    .slice(0, 2)
    .map((name) => `"${name}"`);
  const found = header.map((cell) => `"${cell.trim()}"`).join(', ');
  const named = [...english, ...chinese].join(', ');
  return new ApiError(
    'invalid_input',
    `Row ${headerRow} (the header) has no column for ${what}. Name that column ${named} or similar; the header has ${found}.`,
    {
      path: `row ${headerRow}`,
      reason: role === 'step' ? 'funnel_no_step_column' : 'funnel_no_count_column',
      params: { row: headerRow, names: named, found },
    },
  );
}

/** Largest target conversion and average days a stage may store (see `StageMetricSchema`). */
const MAX_STAGE_FIGURE = 100_000;

type StageExtras = Partial<Pick<StageMetric, 'lossReasons'>> & {
  targetConversion?: number;
  avgDaysInStage?: number;
};

/** The target, days and reasons cells of a row, for the columns the file has; empty cells are left out. */
function stageExtras(row: DelimitedRow, header: readonly string[], columns: ColumnMap): StageExtras {
  const extras: StageExtras = {};
  const decimal = (index: number | undefined): number | null => {
    if (index === undefined) return null;
    const reading = readDecimalCell(readCell(row, header, index), MAX_STAGE_FIGURE);
    if (!reading.ok) throw cellError(row.row, header, index, reading);
    return reading.value;
  };
  const target = decimal(columns.target);
  if (target !== null) extras.targetConversion = target;
  const days = decimal(columns.days);
  if (days !== null) extras.avgDaysInStage = days;
  if (columns.reasons !== undefined) {
    const reasons = unguardFormula(readCell(row, header, columns.reasons).trim());
    if (reasons.length > LIMITS.longText) {
      throw cellError(row.row, header, columns.reasons, {
        problem: `the text is longer than ${LIMITS.longText} characters`,
        reason: 'funnel_cell_too_long',
        params: { max: LIMITS.longText },
      });
    }
    if (reasons !== '') extras.lossReasons = reasons;
  }
  return extras;
}

function fileBaseName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const withoutExtension = base.replace(/\.[^.]+$/, '').trim();
  return withoutExtension === '' ? 'Imported' : withoutExtension;
}

/**
 * Reads a funnel file (plain CSV/TSV, GA4 funnel exploration, Mixpanel funnel) into periods of step
 * counts for the import preview. Pure: nothing is written; the caller stores what the user confirms.
 *
 * Counts are taken as they are; the file's own rates are ignored (Mixpanel puts a step's conversion
 * on the later step, ours belongs to the earlier stage) and recomputed by `analyzeFunnel`.
 *
 * @param bytes - The file's bytes, in any supported encoding (see {@link decodeText}).
 * @param fileName - Used to name a period when the file does not.
 * @throws ApiError `invalid_input` whose `path` names the row and column (`row 7, column "Users"`)
 *   of the first unreadable cell, or the header row of a missing column; `too_large` for a file
 *   above {@link MAX_FUNNEL_FILE_BYTES} or with too many steps or periods.
 */
export function parseFunnelFile(bytes: Uint8Array, fileName: string): ImportResult {
  if (bytes.length > MAX_FUNNEL_FILE_BYTES) {
    throw new ApiError(
      'too_large',
      `The file is larger than ${MAX_FUNNEL_FILE_BYTES / 1024 / 1024} MB; a funnel export is much smaller. Check that you picked the right file.`,
      {
        path: 'file',
        reason: 'funnel_file_too_large',
        params: { maxMb: MAX_FUNNEL_FILE_BYTES / 1024 / 1024 },
      },
    );
  }
  const { text, encoding, bom } = decodeText(bytes);
  if (text.trim() === '') {
    throw new ApiError(
      'invalid_input',
      'The file is empty. Export the funnel again and import the new file.',
      { path: 'file', reason: 'funnel_file_empty' },
    );
  }
  const delimiter = detectDelimiter(text);
  const { rows, comments } = parseDelimitedText(text, delimiter);
  const first = rows[0];
  if (first === undefined) {
    throw new ApiError(
      'invalid_input',
      'The file has only comment lines and no table. Export the funnel table again.',
      { path: 'file', reason: 'funnel_file_no_table' },
    );
  }
  // Reports often put a title or notes above the table: the header is the first of the top rows
  // that names both a stage and a count column.
  const headerIndex = rows.slice(0, MAX_TITLE_ROWS + 1).findIndex((row) => {
    const found = mapColumns(row.cells);
    return found.step !== undefined && found.count !== undefined;
  });
  const headerRow = headerIndex >= 0 ? (rows[headerIndex] as DelimitedRow) : first;
  const header = headerRow.cells;
  const columns: ColumnMap = mapColumns(header);
  if (columns.step === undefined) throw missingColumnError('step', headerRow.row, header);
  if (columns.count === undefined) throw missingColumnError('count', headerRow.row, header);
  const dataRows = rows.slice(headerIndex + 1);
  if (dataRows.length === 0) {
    throw new ApiError(
      'invalid_input',
      `The file has a header (row ${headerRow.row}) but no rows of numbers below it.`,
      {
        path: `row ${headerRow.row + 1}`,
        reason: 'funnel_file_no_data_rows',
        params: { row: headerRow.row },
      },
    );
  }

  const stepColumn = columns.step;
  const stepNames = dataRows.map((row) => row.cells[stepColumn] ?? '');
  const format = detectFormat(comments, header, columns, stepNames);
  const warnings: ImportWarning[] = [];
  const countLabel = header[columns.count]?.trim() ?? '';

  // Only the first segment is imported: segments are breakdowns of one funnel, not periods.
  let segment: string | null = null;
  const skippedSegments = new Set<string>();

  const { start: fileStart, end: fileEnd } = preambleDates(comments);
  const defaultName =
    fileStart !== null && fileEnd !== null
      ? fileStart === fileEnd
        ? fileStart
        : `${fileStart} – ${fileEnd}`
      : fileBaseName(fileName);
  const periods = new Map<string, PeriodDraft>();

  for (const row of dataRows) {
    if (columns.segment !== undefined) {
      const value = readCell(row, header, columns.segment).trim();
      segment ??= value;
      if (value !== segment) {
        skippedSegments.add(value);
        continue;
      }
    }
    const name = unguardFormula(readCell(row, header, stepColumn).trim());
    const countRaw = readCell(row, header, columns.count);
    if (name === '') {
      // A row with neither a name nor a number is a separator; a number without a name is an error.
      if (countRaw.trim() === '') continue;
      throw cellError(row.row, header, stepColumn, {
        problem: 'the stage name is empty',
        reason: 'funnel_cell_no_stage_name',
      });
    }
    const count = readCountCell(countRaw);
    if (!count.ok) throw cellError(row.row, header, columns.count, count);

    let date: string | null = null;
    if (columns.date !== undefined) {
      const reading = readDateCell(readCell(row, header, columns.date));
      if (!reading.ok) throw cellError(row.row, header, columns.date, reading);
      date = reading.value;
    }
    const periodCell = columns.period === undefined ? '' : readCell(row, header, columns.period).trim();
    const periodName = periodCell !== '' ? periodCell : (date ?? defaultName);
    let period = periods.get(periodName);
    if (period === undefined) {
      if (periods.size >= MAX_IMPORTED_PERIODS) {
        throw new ApiError(
          'too_large',
          `The file has more than ${MAX_IMPORTED_PERIODS} periods (dates); import a shorter date range.`,
          {
            path: `row ${row.row}`,
            reason: 'funnel_too_many_periods',
            params: { row: row.row, max: MAX_IMPORTED_PERIODS },
          },
        );
      }
      period = {
        name: periodName,
        startDate: date ?? (periodCell === '' ? fileStart : null),
        endDate: date ?? (periodCell === '' ? fileEnd : null),
        steps: new Map(),
        summedRows: 0,
      };
      periods.set(periodName, period);
    } else if (date !== null) {
      if (period.startDate === null || date < period.startDate) period.startDate = date;
      if (period.endDate === null || date > period.endDate) period.endDate = date;
    }

    const metricLabel =
      columns.metric === undefined
        ? countLabel
        : unguardFormula(readCell(row, header, columns.metric).trim()) || countLabel;
    const extras = stageExtras(row, header, columns);
    const key = name.normalize('NFKC').toLowerCase();
    const existing = period.steps.get(key);
    if (existing === undefined) {
      if (period.steps.size >= LIMITS.stagesPerMap) {
        throw new ApiError(
          'too_large',
          `Period "${periodName}" has more than ${LIMITS.stagesPerMap} steps, more than a map can hold. Check the stage column.`,
          {
            path: cellPath(row.row, columnName(header, stepColumn)),
            reason: 'funnel_too_many_steps',
            params: {
              row: row.row,
              column: columnName(header, stepColumn),
              period: periodName,
              max: LIMITS.stagesPerMap,
            },
          },
        );
      }
      period.steps.set(key, { name, count: count.value, metricLabel, row: row.row, ...extras });
    } else {
      // Daily or per-channel rows of one step add up to the step's count for the period; targets,
      // days and reasons are not sums: the first row that has one gives it.
      existing.count = existing.count === null ? count.value : existing.count + (count.value ?? 0);
      period.steps.set(key, { ...extras, ...existing });
      period.summedRows += 1;
    }
  }

  const importedPeriods: ImportedPeriod[] = [...periods.values()].map((p) => ({
    name: p.name,
    startDate: p.startDate,
    endDate: p.endDate,
    steps: [...p.steps.values()],
  }));
  if (importedPeriods.length === 0) {
    throw new ApiError('invalid_input', 'The file has no rows with a stage name and a count.', {
      path: `row ${headerRow.row + 1}`,
      reason: 'funnel_file_no_steps',
    });
  }

  if (columns.rates.length > 0) {
    const rateColumns = columns.rates.map((i) => columnName(header, i));
    warnings.push({
      code: 'ratesIgnored',
      message: `The rate columns ${formatNameList(rateColumns, 'en')} were not imported; conversion is computed from the counts.`,
      params: { columns: rateColumns },
    });
  }
  const summed = [...periods.values()].reduce((total, p) => total + p.summedRows, 0);
  if (summed > 0) {
    warnings.push({
      code: 'rowsSummed',
      message: `${summed} rows repeated a stage within a period; their counts were added together.`,
      params: { rows: summed },
    });
  }
  if (skippedSegments.size > 0 && segment !== null) {
    const skipped = [...skippedSegments];
    warnings.push({
      code: 'segmentsIgnored',
      message: `Only segment ${formatNameList([segment], 'en')} was imported; ${formatNameList(skipped, 'en')} ${skipped.length === 1 ? 'was' : 'were'} left out.`,
      params: { segment, skipped },
    });
  }
  const missing = importedPeriods.flatMap((p) => p.steps.filter((s) => s.count === null).map((s) => s.row));
  if (missing.length > 0) {
    warnings.push({
      code: 'missingCounts',
      message: `${missing.length} steps have no count (rows ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', ...' : ''}).`,
      params: { steps: missing.length, rows: missing.slice(0, 10).join(', ') },
    });
  }

  return {
    format,
    source: FORMAT_SOURCES[format],
    encoding,
    bom,
    delimiter,
    periods: importedPeriods,
    warnings,
  };
}
