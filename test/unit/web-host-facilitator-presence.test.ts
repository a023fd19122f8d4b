import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFacilitatorPresence } from '../../electron/web-host/facilitator-presence';

const GRACE = 20_000;

function setup() {
  const running = new Set(['s1']);
  const end = vi.fn((sessionId: string) => {
    running.delete(sessionId);
    return Promise.resolve();
  });
  const presence = createFacilitatorPresence({
    graceMs: GRACE,
    isRunning: (sessionId) => running.has(sessionId),
    end,
  });
  return { running, end, presence };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the facilitator page’s presence on the web host', () => {
  it('ends the session once the grace period has passed after its last stream closed', () => {
    const { end, presence } = setup();
    const close = presence.opened('s1');
    close();
    vi.advanceTimersByTime(GRACE - 1);
    expect(end).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(end).toHaveBeenCalledTimes(1);
    expect(end).toHaveBeenCalledWith('s1');
  });

  it('keeps the session when a stream reopens within the grace period (a reload)', () => {
    const { end, presence } = setup();
    presence.opened('s1')();
    vi.advanceTimersByTime(GRACE / 2);
    const again = presence.opened('s1');
    vi.advanceTimersByTime(GRACE * 3);
    expect(end).not.toHaveBeenCalled();
    // The reopened stream counts like the first: closing it for good still ends the session.
    again();
    vi.advanceTimersByTime(GRACE);
    expect(end).toHaveBeenCalledTimes(1);
  });

  it('keeps the session while another stream of it is open (two tabs), and counts a close once', () => {
    const { end, presence } = setup();
    const first = presence.opened('s1');
    const second = presence.opened('s1');
    first();
    first();
    vi.advanceTimersByTime(GRACE * 3);
    expect(end).not.toHaveBeenCalled();
    second();
    vi.advanceTimersByTime(GRACE);
    expect(end).toHaveBeenCalledTimes(1);
  });

  it('never ends a session a second time: ended before the stream closed, or during the grace', () => {
    const { running, end, presence } = setup();
    // "End session" closes the stream of a session that no longer runs.
    running.delete('s1');
    presence.opened('s1')();
    vi.advanceTimersByTime(GRACE * 2);
    expect(end).not.toHaveBeenCalled();

    running.add('s2');
    presence.opened('s2')();
    running.delete('s2');
    vi.advanceTimersByTime(GRACE * 2);
    expect(end).not.toHaveBeenCalled();
  });

  it('forgets pending ends when the host closes, and starts none for the streams it drops', () => {
    const { end, presence } = setup();
    presence.opened('s1')();
    const dropped = presence.opened('s1');
    presence.dispose();
    dropped();
    vi.advanceTimersByTime(GRACE * 2);
    expect(end).not.toHaveBeenCalled();
  });

  it('reports a failed end instead of throwing from the timer', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const presence = createFacilitatorPresence({
      graceMs: GRACE,
      isRunning: () => true,
      end: () => Promise.reject(new Error('boom')),
    });
    presence.opened('s1')();
    await vi.advanceTimersByTimeAsync(GRACE);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('closed facilitator page'), expect.any(Error));
    error.mockRestore();
  });
});
