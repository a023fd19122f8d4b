import { describe, expect, it } from 'vitest';
import { timerAction, type TimerView } from './timer-sync';

const countdown = (leftMs: number, durationMs = 300_000) => ({ durationMs, leftMs });
const view = (running: boolean, remainingMs: number, c = countdown(remainingMs)): TimerView => ({
  running,
  remainingMs,
  countdown: c,
});

describe('timerAction', () => {
  it('tells the room when the timer starts, pauses, gets a minute and resets, not on every tick', () => {
    const paused = view(false, 300_000);
    const started = view(true, 300_000, countdown(300_000));
    expect(timerAction(paused, started)).toEqual({ action: 'start', durationSeconds: 300 });
    const tick = { ...started, remainingMs: 299_750 };
    expect(timerAction(started, tick)).toBeNull();
    const plusMinute = view(true, 359_750, countdown(359_750));
    expect(timerAction(tick, plusMinute)).toEqual({ action: 'start', durationSeconds: 360 });
    const pausedAgain = view(false, 200_000, countdown(200_000));
    expect(timerAction(plusMinute, pausedAgain)).toEqual({ action: 'pause' });
    const reset = view(false, 300_000, countdown(300_000));
    expect(timerAction(pausedAgain, reset)).toEqual({ action: 'reset' });
  });
});
