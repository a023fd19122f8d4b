import { describe, expect, it } from 'vitest';
import { EventLog, nextStep } from './event-log';

const at = () => '2026-12-01T10:00:00.000Z';

describe('the session event log', () => {
  it('numbers events 1, 2, 3 and replays what a client missed', () => {
    const log = new EventLog('s1', at);
    for (let i = 0; i < 5; i++) log.append({ type: 'map.changed', by: { kind: 'facilitator' } });
    expect(log.latestSeq).toBe(5);
    expect(log.since(3)).toMatchObject({ resync: false, latestSeq: 5, ended: false });
    expect(log.since(3).events.map((e) => e.seq)).toEqual([4, 5]);
    expect(log.since(5).events).toEqual([]);
  });

  it('asks for a resync when the gap is older than the backlog or the seq is from the future', () => {
    const log = new EventLog('s1', at, 3);
    for (let i = 0; i < 10; i++) log.append({ type: 'map.changed', by: { kind: 'facilitator' } });
    expect(log.since(7)).toMatchObject({ resync: false });
    expect(log.since(6)).toMatchObject({ resync: true, events: [] });
    expect(log.since(0)).toMatchObject({ resync: true });
    expect(log.since(11)).toMatchObject({ resync: true });
  });

  it('ends with session.ended and takes nothing after it', () => {
    const log = new EventLog('s1', at);
    log.append({ type: 'session.ended', endedAt: at() });
    expect(log.since(0).ended).toBe(true);
    expect(() => log.append({ type: 'map.changed', by: { kind: 'facilitator' } })).toThrow();
  });

  it('tells a client to apply, skip duplicates or resync on a gap', () => {
    expect(nextStep(4, 5)).toBe('apply');
    expect(nextStep(4, 4)).toBe('skip');
    expect(nextStep(4, 2)).toBe('skip');
    expect(nextStep(4, 6)).toBe('resync');
  });
});
