import { useTranslation } from 'react-i18next';
import { chordLabel, commandKeys, COMMANDS, type CommandSpec } from '../../shared/commands';
import { Dialog } from '../ui/Dialog';
import { useCommandLabel } from './command-label';
import { KEY_PLATFORM } from './key-platform';

/** The rows of the shortcut list: every command of the table that has keys, in table order. */
export const SHORTCUT_ROWS: readonly CommandSpec[] = (COMMANDS as readonly CommandSpec[]).filter(
  (spec) => commandKeys(spec, KEY_PLATFORM).length > 0,
);

/** The keyboard shortcut list, in the current language, read from the command table. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const label = useCommandLabel();
  return (
    <Dialog
      title={t('canvas.shortcuts.title')}
      onClose={onClose}
      size="large"
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('canvas.shortcuts.keys')}</th>
            <th scope="col">{t('canvas.shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_ROWS.map((spec) => (
            <tr key={spec.id} data-command={spec.id}>
              <td>
                {commandKeys(spec, KEY_PLATFORM).map((chord, i) => (
                  <span key={chord}>
                    {i > 0 ? ' / ' : null}
                    <kbd>{chordLabel(chord, KEY_PLATFORM)}</kbd>
                  </span>
                ))}
              </td>
              <td>{label(spec.id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
