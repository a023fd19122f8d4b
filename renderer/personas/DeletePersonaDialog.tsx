import { useTranslation } from 'react-i18next';
import type { PersonaListItem } from '../../shared/api';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useEditorStore } from '../editor/store/editor-store';
import { usePersonaStore } from './persona-store';

/**
 * Asks before deleting a persona and says how many maps use it. Confirming a used persona deletes it
 * with `force`: it leaves those maps and their persona cards keep their text. Cancel comes first so
 * that Enter on open does not delete.
 */
export function DeletePersonaDialog({
  persona,
  onClose,
  onDeleted,
}: {
  persona: PersonaListItem;
  onClose(): void;
  onDeleted(): void;
}) {
  const { t } = useTranslation();
  const remove = usePersonaStore((s) => s.remove);
  const used = persona.usageCount > 0;

  const confirm = async () => {
    // The open map (if any) saves first; if it uses the persona it is read again afterwards, so
    // its next save does not send back a persona the library no longer has.
    const editor = useEditorStore.getState();
    const open = editor.map;
    const usedHere =
      open !== null &&
      (open.personaIds.includes(persona.id) ||
        open.cards.some((c) => c.kind === 'persona' && c.personaId === persona.id));
    if (open) await editor.flush();
    await remove(persona.id, used);
    if (usedHere && open) await useEditorStore.getState().load(open.id);
    onDeleted();
  };

  return (
    <ConfirmDialog
      title={t('personas.deleteTitle')}
      message={
        used
          ? t('personas.deleteUsed', { name: persona.name, count: persona.usageCount })
          : t('personas.deleteUnused', { name: persona.name })
      }
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
