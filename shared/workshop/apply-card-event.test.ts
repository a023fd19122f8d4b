import { describe, expect, it } from 'vitest';
import { createCard } from '../document';
import { makeMap } from '../document/test-map';
import type { SessionEvent } from './events';
import { applyCardEvent } from './apply-card-event';

const map = makeMap({ stages: 2, lanes: 2, cardsPerCell: 1, connections: 2 });
const at = '2026-01-01T00:00:00.000Z';
const by = { kind: 'participant', participantId: 'p1', displayName: 'Li Wei' } as const;
const base = { sessionId: 's1', seq: 1, at };
const card = createCard('painPoint', {
  id: 'new-card',
  title: 'Waiting on hold',
  stageId: map.stages[1]!.id,
  laneId: map.lanes[0]!.id,
});

describe('applyCardEvent', () => {
  it('adds a card, replaces it when it changes, and removes it with its connections', () => {
    const added = applyCardEvent(map, { ...base, type: 'card.added', card, author: by, by });
    expect(added.cards.at(-1)).toEqual(card);
    const changed = applyCardEvent(added, {
      ...base,
      type: 'card.changed',
      card: { ...card, title: 'Waiting forever' },
      author: by,
      by,
    });
    expect(changed.cards.filter((c) => c.id === card.id).map((c) => c.title)).toEqual(['Waiting forever']);
    const linked = map.connections[0]!;
    const deleted = applyCardEvent(changed, { ...base, type: 'card.deleted', cardId: linked.sourceId, by });
    expect(deleted.cards.some((c) => c.id === linked.sourceId)).toBe(false);
    expect(deleted.connections.some((c) => c.id === linked.id)).toBe(false);
  });

  it('leaves a state without the card’s stage alone, and ignores unknown deletions and other events', () => {
    const older = { ...map, stages: map.stages.slice(0, 1) };
    expect(applyCardEvent(older, { ...base, type: 'card.added', card, author: by, by })).toBe(older);
    expect(applyCardEvent(map, { ...base, type: 'card.deleted', cardId: 'nope', by })).toBe(map);
    const other: SessionEvent = { ...base, type: 'session.ended', endedAt: at };
    expect(applyCardEvent(map, other)).toBe(map);
  });

  it('works on the participant’s copy (no connections)', () => {
    const copy = { stages: map.stages, lanes: map.lanes, cards: [] };
    const next = applyCardEvent(copy, { ...base, type: 'card.added', card, author: by, by });
    expect(next.cards).toEqual([card]);
    expect('connections' in next).toBe(false);
  });
});
