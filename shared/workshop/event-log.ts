import {
  SESSION_EVENT_BACKLOG,
  type SessionEvent,
  type SessionEventBody,
  type SessionEventsPage,
} from './events';

/**
 * The one order of a session's events: numbers each event 1, 2, 3, ... without gaps and keeps the
 * last {@link SESSION_EVENT_BACKLOG} so a client that reconnects gets what it missed. Older gaps are
 * answered with `resync` (read map and state afresh). Pure: the clock is passed in.
 */
export class EventLog {
  private readonly kept: SessionEvent[] = [];
  private last = 0;
  private ended = false;

  constructor(
    private readonly sessionId: string,
    private readonly now: () => string,
    private readonly backlog = SESSION_EVENT_BACKLOG,
  ) {}

  /** The sequence number of the last event (0 before the first). */
  get latestSeq(): number {
    return this.last;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** Numbers `body` as the next event and keeps it. */
  append(body: SessionEventBody): SessionEvent {
    if (this.ended) throw new Error('The session has ended; no more events.');
    this.last += 1;
    const event = { ...body, sessionId: this.sessionId, seq: this.last, at: this.now() } as SessionEvent;
    if (event.type === 'session.ended') this.ended = true;
    this.kept.push(event);
    if (this.kept.length > this.backlog) this.kept.splice(0, this.kept.length - this.backlog);
    return event;
  }

  /**
   * The events after `after`. `after` greater than the last seq (a client of an older session, or a
   * forged number) and `after` older than the backlog both answer `resync`.
   */
  since(after: number): SessionEventsPage {
    const first = this.kept[0]?.seq ?? this.last + 1;
    const resync = after > this.last || (after < first - 1 && after < this.last);
    const events = resync ? [] : this.kept.filter((event) => event.seq > after);
    return { events, latestSeq: this.last, resync, ended: this.ended };
  }
}

/**
 * What a client does with an incoming event given the last seq it applied: apply it, skip it
 * (already seen: a duplicate after a reconnect), or read afresh (a gap: something was missed).
 */
export function nextStep(lastApplied: number, seq: number): 'apply' | 'skip' | 'resync' {
  if (seq <= lastApplied) return 'skip';
  return seq === lastApplied + 1 ? 'apply' : 'resync';
}
