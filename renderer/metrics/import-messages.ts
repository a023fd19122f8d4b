import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api';
import { formatNameList, type ImportWarning } from '../../shared/funnel-import';

/**
 * One import warning in the UI language. Lists of names (the ignored rate columns, the left-out
 * segments) are quoted and joined the language's way (“A” and “B”, “A”和“B”), never shown as the
 * file's raw quoted text.
 */
export function importWarningText(warning: ImportWarning, t: TFunction, language: string): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(warning.params)) {
    if (typeof value === 'number') params[key] = value;
    else if (typeof value === 'string')
      params[key] = key === 'segment' ? formatNameList([value], language) : value;
    else {
      params[key] = formatNameList(value, language);
      // The number of names, for the plural forms ("… was left out" / "… were left out").
      if (key === 'skipped') params.count = value.length;
    }
  }
  return t(`metrics.importDialog.warnings.${warning.code}`, params);
}

/**
 * Where in the file the problem is, in the UI language: the parsers name a place as `row 7, column
 * "Users"` or `row 7` (see parse-funnel-file.ts); `file` names no place, so there is none to show.
 */
export function importErrorPlace(error: unknown, t: TFunction): string | null {
  if (!(error instanceof ApiError) || error.path === undefined || error.path === 'file') return null;
  const cell = /^row (\d+), column "(.*)"$/.exec(error.path);
  if (cell !== null) return t('metrics.importDialog.place.cell', { row: Number(cell[1]), column: cell[2] });
  const row = /^row (\d+)$/.exec(error.path);
  if (row !== null) return t('metrics.importDialog.place.row', { row: Number(row[1]) });
  return error.path;
}
