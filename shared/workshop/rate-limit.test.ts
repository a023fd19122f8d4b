import { describe, expect, it } from 'vitest';
import { CODE_TRIES, CodeAttemptGuard, SlidingWindowLimit } from './rate-limit';

describe('the short-code guard', () => {
  it('allows a few wrong tries, then cools the client down, then lets it try again', () => {
    const guard = new CodeAttemptGuard();
    let now = 1_000_000;
    for (let i = 0; i < CODE_TRIES.perClient; i++) {
      expect(guard.check('127.0.0.5', now).ok).toBe(true);
      guard.recordWrong('127.0.0.5', now);
      now += 1_000;
    }
    expect(guard.check('127.0.0.5', now)).toEqual({ ok: true });
    // The wrong try that starts the cool-down is told so at once.
    expect(guard.recordWrong('127.0.0.5', now)).toEqual({
      ok: false,
      retryAfterSeconds: CODE_TRIES.coolDownMs / 1000,
    });
    const cooled = guard.check('127.0.0.5', now);
    expect(cooled).toEqual({ ok: false, retryAfterSeconds: CODE_TRIES.coolDownMs / 1000 });
    // Another device is not punished for one client's guesses.
    expect(guard.check('127.0.0.6', now).ok).toBe(true);
    expect(guard.check('127.0.0.5', now + CODE_TRIES.coolDownMs + 1).ok).toBe(true);
  });

  it('cools everyone down when many clients guess together (addresses are cheap on a LAN)', () => {
    const guard = new CodeAttemptGuard();
    const now = 5_000_000;
    for (let i = 0; i <= CODE_TRIES.overall; i++) guard.recordWrong(`10.0.1.${i}`, now);
    expect(guard.check('127.0.2.1', now).ok).toBe(false);
    expect(guard.check('127.0.2.1', now + CODE_TRIES.coolDownMs + 1).ok).toBe(true);
  });
});

describe('the sliding window', () => {
  it('admits `limit` hits per window and says when the next is allowed', () => {
    const limit = new SlidingWindowLimit(3, 60_000);
    expect([0, 10, 20].map((t) => limit.take('p', t))).toEqual([true, true, true]);
    expect(limit.take('p', 30)).toBe(false);
    expect(limit.retryAfterMs('p', 30)).toBe(59_970);
    expect(limit.take('q', 30)).toBe(true);
    expect(limit.take('p', 60_001)).toBe(true);
  });
});
