import { describe, expect, it, vi } from 'vitest';
import { createCard } from '../../shared/document';
import { makeMap } from '../../shared/document/test-map';

vi.mock('./participant-client', () => ({
  callParticipant: () => new Promise(() => {}),
  participantEventsUrl: () => '',
}));

const { useParticipant } = await import('./participant-store');
const { i18next, resources } = await import('../i18n/i18n');
await i18next.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });

const base = makeMap({ stages: 1, lanes: 1, cardsPerCell: 0 });
const stageId = base.stages[0]!.id;
const laneId = base.lanes[0]!.id;
const mine = { ...createCard('painPoint', { stageId, laneId, title: 'Slow replies' }) };
const theirs = { ...createCard('painPoint', { stageId, laneId, title: 'Long forms' }) };

function live() {
  useParticipant.setState({
    phase: 'live',
    lastSeq: 4,
    error: null,
    you: { participantId: 'p-ana', displayName: 'Ana', dotsLeft: 3, myVotes: [] },
    map: {
      mapId: base.id,
      name: base.name,
      stages: base.stages.map((s) => ({ id: s.id, name: s.name })),
      lanes: base.lanes.map((l) => ({ id: l.id, name: l.name, kind: l.kind })),
      cards: [mine, theirs],
      authors: {
        [mine.id]: { participantId: 'p-ana', displayName: 'Ana' },
        [theirs.id]: { participantId: 'p-li', displayName: 'Li' },
      },
      seq: 4,
    },
  } as never);
}

describe('participant store: a card deleted by the facilitator', () => {
  it('tells the participant when the facilitator deletes one of their own cards, and removes it', () => {
    live();
    useParticipant.getState().receive({
      sessionId: 's1',
      seq: 5,
      at: '2026-12-01T10:00:00.000Z',
      type: 'card.deleted',
      cardId: mine.id,
      by: { kind: 'facilitator' },
    });
    expect(useParticipant.getState().map?.cards.map((c) => c.id)).toEqual([theirs.id]);
    expect(useParticipant.getState().error).toMatch(/deleted by the facilitator/);
  });

  it("says nothing when someone else's card goes, or when the participant deleted their own", () => {
    live();
    useParticipant.getState().receive({
      sessionId: 's1',
      seq: 5,
      at: '2026-12-01T10:00:00.000Z',
      type: 'card.deleted',
      cardId: theirs.id,
      by: { kind: 'facilitator' },
    });
    useParticipant.getState().receive({
      sessionId: 's1',
      seq: 6,
      at: '2026-12-01T10:00:00.000Z',
      type: 'card.deleted',
      cardId: mine.id,
      by: { kind: 'participant', participantId: 'p-ana', displayName: 'Ana' },
    });
    expect(useParticipant.getState().map?.cards).toEqual([]);
    expect(useParticipant.getState().error).toBeNull();
  });
});
