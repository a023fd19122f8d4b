import { describe, expect, it } from 'vitest';
import {
  addMinute,
  formatRemaining,
  isFinished,
  isRunning,
  MINUTE_MS,
  newCountdown,
  pause,
  remainingMs,
  reset,
  start,
  withDuration,
} from './countdown';

describe('countdown', () => {
  it('counts down while running and stands still while paused', () => {
    let c = newCountdown(3 * MINUTE_MS);
    expect(remainingMs(c, 1_000)).toBe(3 * MINUTE_MS);
    c = start(c, 1_000);
    expect(isRunning(c)).toBe(true);
    expect(remainingMs(c, 31_000)).toBe(150_000);
    c = pause(c, 31_000);
    expect(remainingMs(c, 500_000)).toBe(150_000);
    c = start(c, 500_000);
    expect(remainingMs(c, 510_000)).toBe(140_000);
  });

  it('stops at zero and is finished; starting again runs the full preset', () => {
    let c = start(newCountdown(MINUTE_MS), 0);
    expect(isFinished(c, 59_999)).toBe(false);
    expect(remainingMs(c, 90_000)).toBe(0);
    expect(isFinished(c, 90_000)).toBe(true);
    c = start(c, 100_000);
    expect(remainingMs(c, 100_000)).toBe(MINUTE_MS);
  });

  it('adds a minute while running, paused or after the time was up', () => {
    let c = start(newCountdown(MINUTE_MS), 0);
    c = addMinute(c, 30_000);
    expect(remainingMs(c, 30_000)).toBe(90_000);
    expect(remainingMs(c, 40_000)).toBe(80_000);
    c = addMinute(pause(c, 40_000), 99_000);
    expect(remainingMs(c, 200_000)).toBe(140_000);
    const up = start(newCountdown(MINUTE_MS), 0);
    expect(remainingMs(addMinute(up, 120_000), 120_000)).toBe(MINUTE_MS);
  });

  it('resets to its preset, paused; a new preset replaces it', () => {
    const c = reset(start(newCountdown(2 * MINUTE_MS), 0));
    expect(isRunning(c)).toBe(false);
    expect(remainingMs(c, 999_999)).toBe(2 * MINUTE_MS);
    expect(remainingMs(withDuration(10), 0)).toBe(10 * MINUTE_MS);
  });

  it('writes the time as m:ss, rounding up', () => {
    expect(formatRemaining(5 * MINUTE_MS)).toBe('5:00');
    expect(formatRemaining(61_001)).toBe('1:02');
    expect(formatRemaining(400)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
  });
});
