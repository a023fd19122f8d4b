import { useTranslation } from 'react-i18next';
import type { MapSummary } from '../../shared/domain';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useLibraryStore } from './library-store';
import { useLibraryUiStore } from './library-ui-store';

/** Asks before deleting a map, which cannot be undone. */
export function DeleteMapDialog({ map, onClose }: { map: MapSummary; onClose(): void }) {
  const { t } = useTranslation();
  const remove = useLibraryStore((s) => s.remove);
  const setNotice = useLibraryUiStore((s) => s.setNotice);
  return (
    <ConfirmDialog
      title={t('deleteMap.title')}
      message={t('deleteMap.message', { name: map.name })}
      onConfirm={async () => {
        await remove(map.id);
        setNotice(t('library.deleted', { name: map.name }));
      }}
      onClose={onClose}
    />
  );
}
