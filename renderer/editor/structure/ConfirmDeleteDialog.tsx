import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

/**
 * Asks before deleting a stage or lane and says how many cards go with it. Cancel comes first so
 * that Enter on open does not delete.
 */
export function ConfirmDeleteDialog({
  title,
  message,
  onConfirm,
  onClose,
}: {
  title: string;
  message: string;
  onConfirm(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              onConfirm();
              onClose();
            }}
          >
            {t('common.delete')}
          </button>
        </>
      }
    >
      <p className="dialog__message">{message}</p>
      <p className="muted">{t('inspector.structure.undoHint')}</p>
    </Dialog>
  );
}
