import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api';
import type { StageFigures } from './funnel-view';
import { readCountInput } from './number-input';
import { saveStageField } from './save-stage-metric';

/**
 * The count on a stage's band: a button that turns into a field. Enter or leaving the field saves
 * a valid count; a bad one stays in the field, marked invalid with a message, and nothing is saved.
 * Escape cancels.
 */
export function StageCountEditor({
  mapId,
  figures,
  label,
  shown = label,
}: {
  mapId: string;
  figures: StageFigures;
  /** The count in words ("Count 1,000"), for its accessible name. */
  label: string;
  /** What the button shows (the band shows the bare number). */
  shown?: string;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const messageId = useId();

  if (draft === null) {
    return (
      <button
        type="button"
        className="metric-band__count funnel-band__count"
        data-testid="metric-count"
        aria-label={t('metrics.editCount', { stage: figures.stageName, value: label })}
        onClick={() => setDraft(figures.row.count === null ? '' : String(figures.row.count))}
      >
        {shown}
      </button>
    );
  }

  const commit = async () => {
    const reading = readCountInput(draft);
    if (!reading.ok) {
      setError(t('metrics.panel.badCount'));
      return;
    }
    try {
      await saveStageField(
        mapId,
        figures.stageId,
        { count: reading.value },
        t('metrics.panel.defaultName', { n: 1 }),
      );
      setDraft(null);
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <div className="metric-band__edit">
      <input
        className="input metric-band__input"
        // The field replaces the button the user just pressed, so focus follows.
        autoFocus
        inputMode="numeric"
        aria-label={t('metrics.countField', { stage: figures.stageName })}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? messageId : undefined}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void commit();
          if (event.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
        onBlur={() => void commit()}
      />
      {error !== null ? (
        <p id={messageId} className="metric-field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
