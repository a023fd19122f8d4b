/**
 * A workshop countdown as plain data: the time left when it was last started or paused, and when
 * it was started (null while paused). Every function takes the clock reading, so the logic runs the
 * same under a fake clock in tests and Playwright's `page.clock`.
 */
export interface Countdown {
  /** The preset the countdown resets to. */
  durationMs: number;
  /** Time left at `startedAt` (or now, while paused). */
  leftMs: number;
  /** When it was started; null while paused or stopped. */
  startedAt: number | null;
}

export const MINUTE_MS = 60_000;
/** Durations offered for a workshop exercise, in minutes. */
export const TIMER_PRESETS_MIN = [1, 3, 5, 10, 15, 25] as const;
export const DEFAULT_TIMER_MIN = 5;

export function newCountdown(durationMs: number = DEFAULT_TIMER_MIN * MINUTE_MS): Countdown {
  return { durationMs, leftMs: durationMs, startedAt: null };
}

/** Time left at `now`, never below zero. */
export function remainingMs(c: Countdown, now: number): number {
  return Math.max(0, c.startedAt === null ? c.leftMs : c.leftMs - (now - c.startedAt));
}

export const isRunning = (c: Countdown): boolean => c.startedAt !== null;

/** Whether the time is up (the moment the room is told). */
export const isFinished = (c: Countdown, now: number): boolean => remainingMs(c, now) === 0;

/** Runs from where it was paused; a finished countdown starts over from its preset. */
export function start(c: Countdown, now: number): Countdown {
  if (isRunning(c) && !isFinished(c, now)) return c;
  const left = remainingMs(c, now);
  return { ...c, leftMs: left === 0 ? c.durationMs : left, startedAt: now };
}

export function pause(c: Countdown, now: number): Countdown {
  if (!isRunning(c)) return c;
  return { ...c, leftMs: remainingMs(c, now), startedAt: null };
}

/** One more minute, running or not (also after the time was up: the discussion goes on). */
export function addMinute(c: Countdown, now: number): Countdown {
  const left = remainingMs(c, now) + MINUTE_MS;
  return { ...c, leftMs: left, startedAt: isRunning(c) ? now : null };
}

/** Back to the full preset, paused. */
export function reset(c: Countdown): Countdown {
  return { ...c, leftMs: c.durationMs, startedAt: null };
}

/** A new preset, paused at its full length. */
export function withDuration(minutes: number): Countdown {
  return newCountdown(minutes * MINUTE_MS);
}

/** `m:ss`, rounding up so "0:00" shows only when the time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
