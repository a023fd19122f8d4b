import { useTranslation } from 'react-i18next';
import { presentation } from '../editor/store/presentation';
import { TimerControls } from '../workshop-timer/TimerControls';

/** Screen pixels the bar takes at the bottom; steps are fitted above it. */
export const PRESENTATION_BAR_HEIGHT = 72;

/**
 * The one control strip of presentation mode: where we are ("Stage 2 of 6 · Consideration"),
 * previous and next for a mouse, the workshop timer, and the way out.
 */
export function PresentationBar({
  index,
  total,
  stageName,
  stageCount,
}: {
  index: number;
  total: number;
  stageName: string | null;
  stageCount: number;
}) {
  const { t } = useTranslation();
  const p = presentation;
  const counter =
    stageName === null
      ? t('present.overview', { count: stageCount })
      : t('present.stageStep', { number: index, count: stageCount, name: stageName });
  return (
    <div className="presentation-bar nodrag nopan nowheel" role="region" aria-label={t('present.controls')}>
      <p className="presentation-bar__counter" role="status" data-testid="presentation-counter">
        {counter}
      </p>
      <div className="presentation-bar__steps">
        <button
          type="button"
          className="button button--ghost"
          onClick={() => p().prev()}
          disabled={index <= 0}
        >
          <span aria-hidden="true">←</span>
          {t('present.previous')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => p().next()}
          disabled={index >= total - 1}
        >
          {t('present.next')}
          <span aria-hidden="true">→</span>
        </button>
      </div>
      <TimerControls />
      <button type="button" className="button button--ghost" onClick={() => p().stop()}>
        {t('present.exit')}
      </button>
    </div>
  );
}
