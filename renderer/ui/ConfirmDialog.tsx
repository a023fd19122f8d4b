import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api';
import { Dialog } from './Dialog';
import { ErrorAlert } from './ErrorAlert';

interface ConfirmDialogProps {
  title: string;
  message: string;
  /** A second, quieter line (e.g. "You can undo this"). */
  hint?: string;
  /** Defaults to "Delete". */
  confirmLabel?: string;
  danger?: boolean;
  onConfirm(): Promise<void> | void;
  onClose(): void;
}

/**
 * Asks before a destructive or far-reaching action (delete, restore). Cancel comes first and has the
 * focus, so Enter on open does nothing harmful; when the action fails the dialog stays open and shows
 * why.
 */
export function ConfirmDialog({
  title,
  message,
  hint,
  confirmLabel,
  danger = true,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button--ghost" onClick={onClose} autoFocus>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={`button ${danger ? 'button--danger' : 'button--primary'}`}
            disabled={busy}
            onClick={() => void confirm()}
          >
            {confirmLabel ?? t('common.delete')}
          </button>
        </>
      }
    >
      <p className="dialog__message">{message}</p>
      {hint ? <p className="muted">{hint}</p> : null}
      {error ? <ErrorAlert message={error} /> : null}
    </Dialog>
  );
}
