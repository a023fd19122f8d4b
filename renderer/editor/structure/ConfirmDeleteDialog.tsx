import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** Asks before deleting a stage or lane and says how many cards go with it (undo brings them back). */
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
    <ConfirmDialog
      title={title}
      message={message}
      hint={t('inspector.structure.undoHint')}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
