import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_FILE_ACCEPT, MAP_FILE_MAX_CHARS } from '../../shared/export';
import { api, errorMessage } from '../api';
import { useLibraryStore } from '../library/library-store';
import { useLibraryUiStore } from '../library/library-ui-store';

/**
 * The library's "Import map file…" button: picks a `.journeymap` file, sends its text to
 * `maps.importFile` (always a new map), reloads the list and says what happened, including repairs.
 */
export function ImportMapFileButton() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const setNotice = useLibraryUiStore((s) => s.setNotice);
  const setError = useLibraryUiStore((s) => s.setError);

  const importFile = async (file: File) => {
    setError(null);
    // The file size in bytes is at least its length in characters: refuse before reading 50 MB.
    if (file.size > MAP_FILE_MAX_CHARS * 4) {
      setError(t('export.import.tooLarge'));
      return;
    }
    setBusy(true);
    setNotice(t('export.import.importing', { name: file.name }));
    try {
      const text = await file.text();
      if (text.length > MAP_FILE_MAX_CHARS) {
        setError(t('export.import.tooLarge'));
        return;
      }
      const result = await api.call('maps.importFile', { text, fileName: file.name });
      await useLibraryStore.getState().load();
      const name = result.map.name;
      setNotice(
        result.repairs.length === 0
          ? t('export.import.done', { name })
          : t('export.import.repaired', {
              name,
              count: result.repairs.length,
              first: result.repairs[0] ?? '',
            }),
      );
    } catch (e) {
      setNotice(null);
      setError(t('export.import.failed', { message: errorMessage(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept={MAP_FILE_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('export.import.fileLabel')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <button
        type="button"
        className="button button--ghost"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {t('export.import.button')}
      </button>
    </>
  );
}
