import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCard } from '../../shared/document';
import { makeMap } from '../../shared/document/test-map';
import type { SessionInfo } from '../../shared/api/operations/workshop';
import type { ChangeAuthor } from '../../shared/workshop';
import { testSessionInfo } from './test-session-info';

const map = makeMap({ stages: 1, lanes: 1, cardsPerCell: 0 });
const calls: string[] = [];
vi.mock('../api', () => ({
  api: {
    call: async (name: string) => {
      calls.push(name);
      if (name === 'maps.get') return map;
      if (name === 'workshop.current') return info(9);
      return new Promise(() => {});
    },
  },
  errorMessage: (error: unknown) => String(error),
}));
vi.mock('../metrics/metrics-store', () => ({
  useMetricsStore: { getState: () => ({ refresh: async () => {} }) },
}));
vi.mock('./session-events', () => ({ subscribeSessionEvents: () => () => {} }));

const { useWorkshopSession } = await import('./session-store');
const { useEditorStore } = await import('../editor/store/editor-store');

function info(seq: number): SessionInfo {
  return testSessionInfo(map.id, seq, {
    startedAt: map.createdAt,
    participants: [
      { id: 'p1', displayName: 'Li Wei', joinedAt: map.createdAt, connected: true, cardCount: 0 },
    ],
  });
}

const card = (id: string) =>
  createCard('note', { id, title: id, stageId: map.stages[0]!.id, laneId: map.lanes[0]!.id });
const participant = { kind: 'participant', participantId: 'p1', displayName: 'Li Wei' } as const;
const added = (seq: number, id: string, by: ChangeAuthor = participant) =>
  ({
    sessionId: 's1',
    seq,
    at: map.createdAt,
    type: 'card.added',
    card: card(id),
    author: null,
    by,
  }) as const;
const cardIds = () => useEditorStore.getState().map?.cards.map((c) => c.id);

beforeEach(async () => {
  calls.length = 0;
  await useEditorStore.getState().load(map.id);
  useWorkshopSession.setState({ info: info(0), lastSeq: 0, activity: [] });
});

describe('the facilitator’s session events', () => {
  it('apply participants’ cards to the editor, skip the facilitator’s own and drop replays', () => {
    const store = useWorkshopSession.getState();
    store.receive(added(1, 'theirs'));
    store.receive(added(2, 'mine', { kind: 'facilitator' }));
    store.receive(added(1, 'theirs'));
    expect(cardIds()).toEqual(['theirs']);
    expect(useWorkshopSession.getState().lastSeq).toBe(2);
    expect(useWorkshopSession.getState().activity.map((a) => `${a.who} ${a.kind} ${a.title}`)).toEqual([
      'Li Wei added theirs',
    ]);
    expect(useWorkshopSession.getState().info?.participants[0]?.cardCount).toBe(1);
    expect(useEditorStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('read the session and the map afresh after a gap', async () => {
    useWorkshopSession.getState().receive(added(3, 'after-gap'));
    await vi.waitFor(() => expect(useWorkshopSession.getState().lastSeq).toBe(9));
    expect(calls).toEqual(expect.arrayContaining(['workshop.current', 'maps.get']));
    expect(cardIds()).not.toContain('after-gap');
  });
});
