/**
 * A sliding-window limit: at most `limit` hits per `windowMs` per key. Pure (the clock is passed
 * to each call), so tests step time instead of waiting.
 */
export class SlidingWindowLimit {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Records a hit for `key` at `nowMs` if the limit allows it; false (nothing recorded) otherwise. */
  take(key: string, nowMs: number): boolean {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > nowMs - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(nowMs);
    this.hits.set(key, recent);
    return true;
  }

  /** Milliseconds until `key` may hit again (0 when it may now). */
  retryAfterMs(key: string, nowMs: number): number {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > nowMs - this.windowMs);
    if (recent.length < this.limit) return 0;
    return Math.max(0, (recent[0] ?? nowMs) + this.windowMs - nowMs);
  }

  forget(key: string): void {
    this.hits.delete(key);
  }
}

/** The short code's guard: a few wrong tries, then a cool-down; per client and for all clients. */
export const CODE_TRIES = {
  /** Wrong codes one client may send before its cool-down. */
  perClient: 5,
  /** Wrong codes all clients together may send per window before codes are refused for everyone. */
  overall: 30,
  windowMs: 60_000,
  /** How long a client (or everyone) waits after too many wrong codes. */
  coolDownMs: 60_000,
} as const;

export type CodeCheck = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts wrong short codes. A 6-character code has ~30^6 values: with 5 wrong tries per client and
 * 30 for everyone per minute, guessing it takes years, while a participant who mistypes twice is
 * not bothered. The link's 256-bit secret is never rate-limited this way (it cannot be guessed).
 */
export class CodeAttemptGuard {
  private readonly wrongByClient = new SlidingWindowLimit(CODE_TRIES.perClient, CODE_TRIES.windowMs);
  private readonly wrongOverall = new SlidingWindowLimit(CODE_TRIES.overall, CODE_TRIES.windowMs);
  private readonly coolDownUntil = new Map<string, number>();
  private overallCoolDownUntil = 0;

  /** May `client` try a code now? Ask before comparing the code. */
  check(client: string, nowMs: number): CodeCheck {
    const until = Math.max(this.coolDownUntil.get(client) ?? 0, this.overallCoolDownUntil);
    if (until > nowMs) return { ok: false, retryAfterSeconds: Math.ceil((until - nowMs) / 1000) };
    return { ok: true };
  }

  /**
   * Records a wrong code; starts the cool-down of the client (or of everyone) when over the limit.
   * Returns what {@link check} now says, so the try that starts a cool-down can say so.
   */
  recordWrong(client: string, nowMs: number): CodeCheck {
    if (!this.wrongByClient.take(client, nowMs)) {
      this.coolDownUntil.set(client, nowMs + CODE_TRIES.coolDownMs);
      this.wrongByClient.forget(client);
    }
    if (!this.wrongOverall.take('*', nowMs)) {
      this.overallCoolDownUntil = nowMs + CODE_TRIES.coolDownMs;
      this.wrongOverall.forget('*');
    }
    return this.check(client, nowMs);
  }
}

/** Per-participant limits of the listener. */
export const PARTICIPANT_LIMITS = {
  /** Cards one participant may add per minute. */
  cardsPerMinute: 20,
  /** Requests of any kind one participant (or one address before joining) may send per minute. */
  requestsPerMinute: 300,
  /** Joins from one address per minute (a room behind one hotspot is still far below). */
  joinsPerMinute: 60,
  /** Participants of one session in all (a workshop room, with room to spare). */
  participantsPerSession: 200,
  /** Open event streams of one participant (a few tabs); more are refused. */
  streamsPerParticipant: 4,
  /** Open connections to the listener in all. */
  connections: 600,
} as const;
