import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSummary } from '../../shared/domain';
import { errorMessage } from '../api';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useLibraryStore } from './library-store';
import { useLibraryUiStore } from './library-ui-store';

/** Asks before deleting; Cancel comes first so that Enter on open does not delete. */
export function DeleteMapDialog({ map, onClose }: { map: MapSummary; onClose(): void }) {
  const { t } = useTranslation();
  const remove = useLibraryStore((s) => s.remove);
  const setNotice = useLibraryUiStore((s) => s.setNotice);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    try {
      await remove(map.id);
      setNotice(t('library.deleted', { name: map.name }));
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('deleteMap.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => void confirm()}
          >
            {t('common.delete')}
          </button>
        </>
      }
    >
      <p className="dialog__message">{t('deleteMap.message', { name: map.name })}</p>
      {error ? <ErrorAlert message={error} /> : null}
    </Dialog>
  );
}
