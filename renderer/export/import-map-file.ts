import { ApiError, type MapFileImportResult, type MapFileRepair } from '../../shared/api';
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
  if (text.length > MAP_FILE_MAX_CHARS) {
    const maxMb = MAP_FILE_MAX_CHARS / 1024 / 1024;
    throw new ApiError('too_large', `The file is larger than ${maxMb} MB.`, {
      reason: 'map_file_too_large',
      params: { maxMb },
    });
  }
  const result = await api.call('maps.importFile', { text, fileName });
  await useLibraryStore.getState().load();
  return result;
}

/** The sentence that tells the user what an import did, with every kind of repair counted. */
export function importNotice(result: MapFileImportResult): string {
  const name = result.map.name;
  if (result.repairs.length === 0) return i18next.t('export.import.done', { name });
  const count = result.repairs.reduce((sum, r) => sum + r.count, 0);
  return i18next.t('repairs.notice', {
    name,
    count,
    countText: formatCount(count),
    list: result.repairs.map(repairText).join(i18next.t('repairs.separator')),
  });
}

const formatCount = (n: number): string => new Intl.NumberFormat(i18next.resolvedLanguage ?? 'en').format(n);

/** "dropped 1,200,000 unknown fields named __proto__ (e.g. at map.cards.0.__proto__)". */
function repairText(repair: MapFileRepair): string {
  const options = {
    count: repair.count,
    countText: formatCount(repair.count),
    examples: repair.examples.join(', '),
  };
  switch (repair.kind) {
    case 'dropped_field':
      return i18next.t('repairs.dropped_field', { ...options, key: String(repair.params?.key ?? '') });
    case 'missing_persona':
      return i18next.t('repairs.missing_persona', options);
    case 'other':
      return i18next.t('repairs.other', options);
  }
}
