import { describe, expect, it } from 'vitest';
import { parseAppEvent } from '../api/events';
import { makeMap } from '../document/test-map';
import { SessionEventSchema } from './events';

const card = makeMap({ idPrefix: 'ev' }).cards[0]!;
const base = { sessionId: 's1', seq: 7, at: '2026-12-01T10:00:00.000Z' };

describe('session events', () => {
  it('travel to the desktop page as typed app events, and a malformed one is dropped', () => {
    const event = {
      ...base,
      type: 'card.added',
      card: { ...card, author: 'Ana' },
      author: { participantId: 'p1', displayName: 'Ana' },
      by: { kind: 'participant', participantId: 'p1', displayName: 'Ana' },
    };
    expect(parseAppEvent({ type: 'workshop', event })).toEqual({ type: 'workshop', event });
    expect(parseAppEvent({ type: 'workshop', event: { ...event, seq: 0 } })).toBeNull();
    expect(parseAppEvent({ type: 'workshop', event: { ...event, type: 'card.exploded' } })).toBeNull();
    expect(
      parseAppEvent({ type: 'workshop', event: { ...event, card: { ...card, kind: 'nope' } } }),
    ).toBeNull();
  });

  it('name every kind the issue asks for', () => {
    const types = SessionEventSchema.options.map((o) => o.shape.type.value).sort();
    expect(types).toEqual([
      'card.added',
      'card.changed',
      'card.deleted',
      'map.changed',
      'participant.joined',
      'participant.left',
      'participant.removed',
      'session.changed',
      'session.ended',
      'vote.changed',
    ]);
  });
});
