import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_FILE_ACCEPT, MAP_FILE_MAX_CHARS } from '../../shared/export';
import { errorMessage } from '../api';
import { useLibraryUiStore } from '../library/library-ui-store';
import { importMapFileText, importNotice } from './import-map-file';

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
    // UTF-8 takes at most 4 bytes a character: a file this big is over the limit without reading it.
    if (file.size > MAP_FILE_MAX_CHARS * 4) {
      setError(t('export.import.tooLarge'));
      return;
    }
    setBusy(true);
    setNotice(t('export.import.importing', { name: file.name }));
    try {
      const result = await importMapFileText(await file.text(), file.name);
      setNotice(importNotice(result));
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
