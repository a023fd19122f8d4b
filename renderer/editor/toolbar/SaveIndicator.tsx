import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../store/editor-store';

/** "Saved" / "Saving…" / "Unsaved changes" / "Could not save: <reason>" with a retry. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const status = useEditorStore((s) => s.saveStatus);
  const error = useEditorStore((s) => s.saveError);
  const flush = useEditorStore((s) => s.flush);
  const text =
    status === 'error'
      ? t('canvas.save.error', { reason: error ?? '' })
      : status === 'saving'
        ? t('canvas.save.saving')
        : status === 'pending'
          ? t('canvas.save.pending')
          : t('canvas.save.saved');
  return (
    <span className={`save-indicator save-indicator--${status}`}>
      <span className="save-indicator__dot" aria-hidden="true" />
      <span role="status" className="save-indicator__text">
        {text}
      </span>
      {status === 'error' ? (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => void flush().catch(() => {})}
        >
          {t('canvas.save.retry')}
        </button>
      ) : null}
    </span>
  );
}
