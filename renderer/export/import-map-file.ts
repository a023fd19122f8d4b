import { ApiError, type MapFileImportResult } from '../../shared/api';
import { MAP_FILE_MAX_CHARS } from '../../shared/export';
import { api } from '../api';
import { i18next } from '../i18n/i18n';
import { useLibraryStore } from '../library/library-store';

/**
 * Imports the text of a map file as a new map and refreshes the library list. Shared by the
 * library's "Import map file…" button and the desktop app's File > Open / opened-file event.
 *
 * @throws ApiError `too_large` before sending a file over the limit; any error of `maps.importFile`.
 */
export async function importMapFileText(text: string, fileName: string): Promise<MapFileImportResult> {
  if (text.length > MAP_FILE_MAX_CHARS) throw new ApiError('too_large', i18next.t('export.import.tooLarge'));
  const result = await api.call('maps.importFile', { text, fileName });
  await useLibraryStore.getState().load();
  return result;
}

/** The sentence that tells the user what an import did (with its first repair, if any). */
export function importNotice(result: MapFileImportResult): string {
  const name = result.map.name;
  return result.repairs.length === 0
    ? i18next.t('export.import.done', { name })
    : i18next.t('export.import.repaired', {
        name,
        count: result.repairs.length,
        first: result.repairs[0] ?? '',
      });
}
