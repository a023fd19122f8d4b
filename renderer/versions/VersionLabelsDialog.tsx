import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { nameTooLong } from '../ui/name-length';

interface VersionLabelsDialogProps {
  title: string;
  initialName: string;
  initialNote: string;
  /** Saves; a thrown error is shown in the dialog and it stays open. */
  onSubmit(name: string, note: string): Promise<void>;
  onClose(): void;
}

/** Name and note of a version: used to save a new one and to rename one. */
export function VersionLabelsDialog({
  title,
  initialName,
  initialNote,
  onSubmit,
  onClose,
}: VersionLabelsDialogProps) {
  const { t, i18n } = useTranslation();
  const nameId = useId();
  const noteId = useId();
  const [name, setName] = useState(initialName);
  const [note, setNote] = useState(initialNote);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (busy) return;
    if (!name.trim()) {
      setError(t('versions.save.nameRequired'));
      return;
    }
    const tooLong = nameTooLong(name.trim(), t, i18n.language);
    if (tooLong !== null) {
      setError(tooLong);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(name.trim(), note);
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
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={noteId} className="field__label">
          {t('versions.save.note')}
        </label>
        <textarea
          id={noteId}
          className="input"
          rows={3}
          maxLength={20_000}
          placeholder={t('versions.save.notePlaceholder')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {error ? <ErrorAlert message={error} /> : null}
    </Dialog>
  );
}
