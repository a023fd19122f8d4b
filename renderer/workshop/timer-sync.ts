import type { TimerAction } from '../../shared/api/operations/workshop';

/** What of the facilitator's workshop timer the session needs to tell the room. */
export interface TimerView {
  running: boolean;
  remainingMs: number;
  countdown: { durationMs: number; leftMs: number };
}

/**
 * The session timer action that mirrors a change of the facilitator's timer: started, resumed or
 * given a minute while running (start with the time left), paused, reset; null for a tick.
 */
export function timerAction(before: TimerView, now: TimerView): TimerAction | null {
  const seconds = Math.max(1, Math.ceil(now.remainingMs / 1000));
  if (now.running && (!before.running || now.countdown !== before.countdown))
    return { action: 'start', durationSeconds: seconds };
  if (!now.running && before.running)
    return now.remainingMs === 0 ? { action: 'reset' } : { action: 'pause' };
  if (!now.running && now.countdown !== before.countdown && now.countdown.leftMs === now.countdown.durationMs)
    return { action: 'reset' };
  return null;
}
