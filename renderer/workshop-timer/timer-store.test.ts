import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWorkshopTimer } from './timer-store';

describe('useWorkshopTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useWorkshopTimer.getState().setMinutes(1);
  });
  afterEach(() => {
    useWorkshopTimer.getState().reset();
    vi.useRealTimers();
  });

  it('counts down while running and is finished (not running) at zero', () => {
    const timer = () => useWorkshopTimer.getState();
    timer().start();
    vi.advanceTimersByTime(20_000);
    expect(timer().remainingMs).toBe(40_000);
    expect(timer().running).toBe(true);
    vi.advanceTimersByTime(41_000);
    expect(timer()).toMatchObject({ remainingMs: 0, running: false, finished: true });
    timer().addMinute();
    expect(timer()).toMatchObject({ remainingMs: 60_000, finished: false, running: false });
  });

  it('pause holds the time; reset goes back to the preset', () => {
    const timer = () => useWorkshopTimer.getState();
    timer().start();
    vi.advanceTimersByTime(10_000);
    timer().pause();
    vi.advanceTimersByTime(30_000);
    expect(timer().remainingMs).toBe(50_000);
    timer().reset();
    expect(timer()).toMatchObject({ remainingMs: 60_000, running: false, finished: false });
  });
});
