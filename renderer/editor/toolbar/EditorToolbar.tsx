import { useTranslation } from 'react-i18next';
import { SaveIndicator } from './SaveIndicator';
import { useCanRedo, useCanUndo, useEditorStore } from '../store/editor-store';
import { presentation } from '../store/presentation';
import { TimerChip } from '../../workshop-timer/TimerChip';

/** Undo, redo, the save status, presenting, the workshop timer and the shortcut list. */
export function EditorToolbar({ onHelp }: { onHelp(): void }) {
  const { t } = useTranslation();
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const undo = useEditorStore((s) => s.undo);
  const redo = useEditorStore((s) => s.redo);
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('canvas.toolbar')}>
      <button type="button" className="button button--ghost button--small" onClick={undo} disabled={!canUndo}>
        <span aria-hidden="true">↶</span>
        {t('canvas.undo')}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={redo} disabled={!canRedo}>
        <span aria-hidden="true">↷</span>
        {t('canvas.redo')}
      </button>
      <SaveIndicator />
      <button
        type="button"
        className="button button--ghost button--small"
        title={t('present.buttonHint')}
        onClick={() => presentation().start()}
      >
        <span aria-hidden="true">▶</span>
        {t('present.button')}
      </button>
      <TimerChip />
      <button type="button" className="button button--ghost button--small" onClick={onHelp}>
        <span aria-hidden="true">⌨</span>
        {t('canvas.shortcuts.button')}
      </button>
    </div>
  );
}
