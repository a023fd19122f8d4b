import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';

type ShortcutKey =
  | 'undo'
  | 'redo'
  | 'selectAll'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'duplicate'
  | 'delete'
  | 'edit'
  | 'commit'
  | 'nudge'
  | 'lane'
  | 'level'
  | 'multi'
  | 'tab'
  | 'help';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_MAC ? '⌘' : 'Ctrl';

/** Every shortcut the editor handles (useEditorKeyboard), in the order a user learns them. */
const SHORTCUTS: readonly { keys: string[]; action: ShortcutKey }[] = [
  { keys: [`${MOD}+Z`], action: 'undo' },
  { keys: [`${MOD}+Shift+Z`, `${MOD}+Y`], action: 'redo' },
  { keys: ['Tab', 'Shift+Tab'], action: 'tab' },
  { keys: ['Enter'], action: 'edit' },
  { keys: ['Enter', 'Esc'], action: 'commit' },
  { keys: ['←', '→', '↑', '↓'], action: 'nudge' },
  { keys: ['Alt+↑', 'Alt+↓'], action: 'lane' },
  { keys: ['+', '−'], action: 'level' },
  { keys: ['Delete', 'Backspace'], action: 'delete' },
  { keys: [`${MOD}+A`], action: 'selectAll' },
  { keys: ['Shift+click', 'Shift+drag'], action: 'multi' },
  { keys: [`${MOD}+C`], action: 'copy' },
  { keys: [`${MOD}+X`], action: 'cut' },
  { keys: [`${MOD}+V`], action: 'paste' },
  { keys: [`${MOD}+D`], action: 'duplicate' },
  { keys: ['?'], action: 'help' },
];

/** The keyboard shortcut list, in the current language. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
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
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>
                {shortcut.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? ' / ' : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(`canvas.shortcuts.${shortcut.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
