import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRemaining } from '../../shared/timer/countdown';
import { TimerControls, TimerTime } from './TimerControls';
import { useWorkshopTimer } from './timer-store';

/**
 * The workshop timer in the editor's toolbar: a chip with the time left that opens the controls.
 * Esc or a click elsewhere closes them; the timer keeps running either way.
 */
export function TimerChip() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const remaining = useWorkshopTimer((s) => s.remainingMs);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    root.current?.addEventListener('keydown', onKey);
    const el = root.current;
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      el?.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="timer-chip" ref={root}>
      <button
        type="button"
        className="button button--ghost button--small timer-chip__button"
        aria-expanded={open}
        aria-label={t('timer.chip', { time: formatRemaining(remaining) })}
        onClick={() => setOpen((o) => !o)}
      >
        <TimerTime />
      </button>
      {open ? (
        <div className="timer-chip__popover">
          <TimerControls />
        </div>
      ) : null}
    </div>
  );
}
