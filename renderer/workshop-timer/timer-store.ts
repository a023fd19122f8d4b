import { create } from 'zustand';
import {
  addMinute,
  isFinished,
  newCountdown,
  pause,
  remainingMs,
  reset,
  start,
  withDuration,
  type Countdown,
} from '../../shared/timer/countdown';
import { beep } from './beep';

/**
 * The workshop timer, one for the app: the editor's toolbar chip and presentation mode show the
 * same countdown (and a workshop session can read it). `remainingMs` is refreshed a few times a
 * second while it runs; `finished` is true from the moment the time is up until it is started,
 * reset or given another minute.
 */
export interface WorkshopTimerState {
  countdown: Countdown;
  remainingMs: number;
  running: boolean;
  finished: boolean;
  start(): void;
  pause(): void;
  addMinute(): void;
  reset(): void;
  /** A new preset length in minutes (paused at its full length). */
  setMinutes(minutes: number): void;
}

const TICK_MS = 250;
let ticker: ReturnType<typeof setInterval> | null = null;

function stopTicking(): void {
  if (ticker !== null) clearInterval(ticker);
  ticker = null;
}

export const useWorkshopTimer = create<WorkshopTimerState>()((set, get) => {
  const show = (countdown: Countdown, finished = false) => {
    const now = Date.now();
    const running = countdown.startedAt !== null && !isFinished(countdown, now);
    set({ countdown, remainingMs: remainingMs(countdown, now), running, finished });
    stopTicking();
    if (running) ticker = setInterval(tick, TICK_MS);
  };
  const tick = () => {
    const { countdown } = get();
    const now = Date.now();
    if (isFinished(countdown, now)) {
      show(pause(countdown, now), true);
      beep();
    } else {
      set({ remainingMs: remainingMs(countdown, now) });
    }
  };
  const initial = newCountdown();
  return {
    countdown: initial,
    remainingMs: initial.leftMs,
    running: false,
    finished: false,
    start: () => show(start(get().countdown, Date.now())),
    pause: () => show(pause(get().countdown, Date.now())),
    addMinute: () => show(addMinute(get().countdown, Date.now())),
    reset: () => show(reset(get().countdown)),
    setMinutes: (minutes) => show(withDuration(minutes)),
  };
});
