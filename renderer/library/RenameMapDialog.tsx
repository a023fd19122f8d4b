import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSummary } from '../../shared/domain';
import { errorMessage } from '../api';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useLibraryStore } from './library-store';
import { useLibraryUiStore } from './library-ui-store';
import { nameTooLong } from '../ui/name-length';

export function RenameMapDialog({ map, onClose }: { map: MapSummary; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const rename = useLibraryStore((s) => s.rename);
  const setNotice = useLibraryUiStore((s) => s.setNotice);
  const nameId = useId();
  const [name, setName] = useState(map.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (busy) return;
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('common.nameRequired'));
      return;
    }
    const tooLong = nameTooLong(trimmed, t, i18n.language);
    if (tooLong !== null) {
      setError(tooLong);
      return;
    }
    setBusy(true);
    try {
      const summary = await rename(map.id, trimmed);
      setNotice(t('library.renamed', { name: summary.name }));
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('renameMap.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('common.save')}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={nameId} className="field__label">
          {t('common.nameField')}
        </label>
        <input
          id={nameId}
          className="input"
          type="text"
          value={name}
          autoComplete="off"
          // The dialog opens to rename: put the caret in the field with the old name selected.
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      {error ? <ErrorAlert message={error} /> : null}
    </Dialog>
  );
}
