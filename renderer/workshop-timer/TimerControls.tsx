import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRemaining, MINUTE_MS, TIMER_PRESETS_MIN } from '../../shared/timer/countdown';
import { Icon } from '../ui/Icon';
import { useWorkshopTimer } from './timer-store';
import './workshop-timer.css';

/** The time left, large, flashing red when it is up (a live region says so once). */
export function TimerTime({ className = '' }: { className?: string }) {
  const { t } = useTranslation();
  const remaining = useWorkshopTimer((s) => s.remainingMs);
  const finished = useWorkshopTimer((s) => s.finished);
  return (
    <span
      className={`timer-time${finished ? ' timer-time--up' : ''} ${className}`}
      data-testid="timer-time"
      data-finished={finished || undefined}
    >
      <Icon name="clock" />
      {formatRemaining(remaining)}
      {finished ? <span className="timer-time__up"> · {t('timer.timeUp')}</span> : null}
    </span>
  );
}

/** Start or pause, a minute more, reset, and the preset length: the whole workshop timer. */
export function TimerControls() {
  const { t } = useTranslation();
  const presetId = useId();
  const running = useWorkshopTimer((s) => s.running);
  const durationMs = useWorkshopTimer((s) => s.countdown.durationMs);
  const timer = useWorkshopTimer.getState;
  return (
    <div className="timer-controls" role="group" aria-label={t('timer.label')}>
      <TimerTime />
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => (running ? timer().pause() : timer().start())}
      >
        {running ? t('timer.pause') : t('timer.start')}
      </button>
      <button
        type="button"
        className="button button--ghost button--small"
        aria-label={t('timer.addMinuteLabel')}
        onClick={() => timer().addMinute()}
      >
        {t('timer.addMinute')}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={() => timer().reset()}>
        {t('timer.reset')}
      </button>
      <label className="timer-controls__preset" htmlFor={presetId}>
        {t('timer.preset')}
      </label>
      <select
        id={presetId}
        className="timer-controls__select"
        value={Math.round(durationMs / MINUTE_MS)}
        onChange={(event) => timer().setMinutes(Number(event.target.value))}
      >
        {TIMER_PRESETS_MIN.map((minutes) => (
          <option key={minutes} value={minutes}>
            {t('timer.minutes', { count: minutes })}
          </option>
        ))}
      </select>
    </div>
  );
}
