import type { TFunction } from 'i18next';
import { formatNameList, FunnelFileError, type ImportWarning } from '../../shared/funnel-import';
import { errorMessage } from '../api';

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
 * Why a file could not be read, in the UI language when the problem is with the whole file (not
 * text, a workbook, an unknown encoding); cell errors keep their message, which names the row and
 * column of the file.
 */
export function importErrorText(error: unknown, t: TFunction): string {
  if (error instanceof FunnelFileError) return t(`metrics.importDialog.problems.${error.problem}`);
  return errorMessage(error);
}
