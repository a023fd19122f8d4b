import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addCard, createCard, updateCard } from '../../../shared/document';
import { makeMap } from '../../../shared/document/test-map';
import type { Card, CardPatchField, JourneyMap, MapChangeSet } from '../../../shared/domain';
import { applyCardEvent } from '../../../shared/workshop';

// The api the store talks to: every change set the autosave sends is recorded; `maps.get` answers
// with whatever the test put in `libraryCopy`. A save can be held open to play "a save in flight".
const sent: MapChangeSet[] = [];
let libraryCopy: JourneyMap | null = null;
let holdSave: Promise<void> | null = null;
vi.mock('../../api', () => ({
  api: {
    call: async (name: string, input: { changes?: MapChangeSet }) => {
      if (name === 'maps.applyChanges') {
        if (holdSave) await holdSave;
        sent.push(input.changes ?? {});
        return {};
      }
      if (name === 'maps.get') return libraryCopy;
      return new Promise(() => {});
    },
  },
  errorMessage: (error: unknown) => (error instanceof Error ? error.message : String(error)),
}));
vi.mock('../../metrics/metrics-store', () => ({
  useMetricsStore: { getState: () => ({ refresh: async () => {} }) },
}));

const { useEditorStore } = await import('./editor-store');
const { editDocument } = await import('./edit-document');
const { applyCardFieldChange } = await import('../../workshop/card-field-changes');
const store = () => useEditorStore.getState();
const history = () => useEditorStore.temporal.getState();

const base = makeMap({ stages: 2, lanes: 1, cardsPerCell: 1 });
const stageId = base.stages[1]!.id;
const laneId = base.lanes[0]!.id;
const ownCardId = base.cards[0]!.id;
const participantCard = createCard('painPoint', { id: 'participant-card', title: 'Queue too long' });

/** What a session event does to a map: tolerant of states that already hold (or cannot hold) it. */
const addParticipantCard = (map: JourneyMap): JourneyMap =>
  map.cards.some((c) => c.id === participantCard.id)
    ? map
    : addCard(map, participantCard, { stageId, laneId });

const hasParticipantCard = (map: JourneyMap | null | undefined) =>
  Boolean(map?.cards.some((c) => c.id === participantCard.id));
const sentCardIds = () => sent.flatMap((c) => (c.upsert?.cards ?? []).map((card) => card.id));

beforeEach(async () => {
  sent.length = 0;
  holdSave = null;
  libraryCopy = base;
  await store().load(base.id);
  expect(store().status).toBe('ready');
});

describe('remote changes in the editor (workshop session events)', () => {
  it('are applied without a history entry and are never sent back by the autosave', async () => {
    expect(store().applyRemote(addParticipantCard)).toBe(true);
    expect(hasParticipantCard(store().map)).toBe(true);
    expect(history().pastStates).toHaveLength(0);
    await store().flush();
    expect(sent).toEqual([]);
    expect(store().saveStatus).toBe('saved');
  });

  it("the facilitator's undo and redo never remove a participant's card", async () => {
    editDocument((m) => updateCard(m, ownCardId, { title: 'Mine' }));
    store().applyRemote(addParticipantCard);
    store().undo();
    expect(store().map?.cards.find((c) => c.id === ownCardId)?.title).not.toBe('Mine');
    expect(hasParticipantCard(store().map)).toBe(true);
    store().redo();
    expect(store().map?.cards.find((c) => c.id === ownCardId)?.title).toBe('Mine');
    expect(hasParticipantCard(store().map)).toBe(true);
    await store().flush();
    // What the autosave sends is the facilitator's own edit (and its undo/redo), never the participant's card.
    expect(sentCardIds()).not.toContain(participantCard.id);
  });

  it('keep pending local edits pending and send only them', async () => {
    editDocument((m) => updateCard(m, ownCardId, { title: 'Pending' }));
    store().applyRemote(addParticipantCard);
    await store().flush();
    expect(sentCardIds()).toEqual([ownCardId]);
  });

  it('that arrive while a save is in flight are not sent by the next save', async () => {
    let release = () => {};
    holdSave = new Promise((resolve) => (release = resolve));
    editDocument((m) => updateCard(m, ownCardId, { title: 'In flight' }));
    const saving = store().flush();
    store().applyRemote(addParticipantCard);
    release();
    await saving;
    holdSave = null;
    editDocument((m) => updateCard(m, ownCardId, { title: 'After' }));
    await store().flush();
    expect(sentCardIds()).toEqual([ownCardId, ownCardId]);
    expect(hasParticipantCard(store().map)).toBe(true);
  });

  it('a resync (after a gap in the events) reads the library copy and clears the history', async () => {
    editDocument((m) => updateCard(m, ownCardId, { title: 'Saved first' }));
    libraryCopy = addParticipantCard(base);
    await store().resync();
    expect(sentCardIds()).toEqual([ownCardId]);
    expect(store().map).toBe(libraryCopy);
    expect(history().pastStates).toHaveLength(0);
  });

  describe('per-field last write wins (issue 12)', () => {
    const moved = { stageId: base.stages[1]!.id, laneId };
    /** A participant's `card.changed` as the session store applies it: only the named fields. */
    const participantChanged = (card: Card, fields: CardPatchField[]) => (map: JourneyMap) =>
      applyCardEvent(
        map,
        {
          type: 'card.changed',
          sessionId: 'session-1',
          seq: 7,
          at: '2026-12-02T02:00:00.000Z',
          card,
          author: { participantId: 'p1', displayName: 'Ana' },
          by: { kind: 'participant', participantId: 'p1', displayName: 'Ana' },
          fields,
        },
        { onlyChangedFields: true },
      );
    const own = () => store().map?.cards.find((c) => c.id === ownCardId);
    /** The library's row after the participant's write: their title over what the library held. */
    const libraryRowRetitled = (title: string) => ({ ...base.cards[0]!, title });

    it("a remote title change that arrives while the facilitator's move is in flight: the document ends with both", async () => {
      let release = () => {};
      holdSave = new Promise((resolve) => (release = resolve));
      editDocument((m) => ({
        ...m,
        cards: m.cards.map((c) => (c.id === ownCardId ? { ...c, ...moved } : c)),
      }));
      const saving = store().flush();
      store().applyRemote(participantChanged(libraryRowRetitled('Ana renamed it'), ['title']));
      expect(own()).toMatchObject({ title: 'Ana renamed it', ...moved });
      release();
      await saving;
      holdSave = null;
      expect(own()).toMatchObject({ title: 'Ana renamed it', ...moved });
      // The save in flight named only the fields the facilitator changed, so the library keeps the title.
      expect(sent[0]?.upsert?.cardFields?.[ownCardId]).toEqual(['stageId']);
      // Nothing is left to send, and the remote change made no undo entry of its own.
      await store().flush();
      expect(sent).toHaveLength(1);
      expect(history().pastStates).toHaveLength(1);
      // Undo takes back the facilitator's move, not the participant's title.
      store().undo();
      expect(own()).toMatchObject({ title: 'Ana renamed it', stageId: base.cards[0]!.stageId });
    });

    it('a remote title change on a card with an unsaved local text edit keeps the edit pending and sends only it', async () => {
      editDocument((m) => updateCard(m, ownCardId, { text: 'Facilitator note' }));
      store().applyRemote(participantChanged(libraryRowRetitled('Ana renamed it'), ['title']));
      expect(own()).toMatchObject({ title: 'Ana renamed it', text: 'Facilitator note' });
      await store().flush();
      expect(sent).toHaveLength(1);
      expect(sent[0]?.upsert?.cardFields).toEqual({ [ownCardId]: ['text'] });
      expect(own()).toMatchObject({ title: 'Ana renamed it', text: 'Facilitator note' });
    });

    describe('the same field written by both (through the session store: card-field-changes.ts)', () => {
      const conflicts = new Map<string, Set<string>>();
      let seq = 10;
      const changed = (
        by: 'participant' | 'facilitator',
        card: Card,
        fields: CardPatchField[],
      ): Extract<Parameters<typeof applyCardFieldChange>[0], { type: 'card.changed' }> => ({
        type: 'card.changed',
        sessionId: 'session-1',
        seq: ++seq,
        at: '2026-12-02T02:00:00.000Z',
        card,
        author: null,
        by:
          by === 'participant'
            ? { kind: 'participant', participantId: 'p1', displayName: 'Ana' }
            : { kind: 'facilitator' },
        fields,
      });
      const holdNextSave = () => {
        let release = () => {};
        holdSave = new Promise((resolve) => (release = resolve));
        return () => {
          release();
          holdSave = null;
        };
      };

      it("an unsaved title typed by the facilitator stays and is saved after the participant's: it is the later write", async () => {
        conflicts.clear();
        editDocument((m) => updateCard(m, ownCardId, { title: 'Facilitator typing' }));
        applyCardFieldChange(
          changed('participant', libraryRowRetitled('Ana renamed it'), ['title']),
          conflicts,
        );
        expect(own()?.title).toBe('Facilitator typing');
        await store().flush();
        expect(sent).toHaveLength(1);
        expect(sent[0]?.upsert?.cardFields).toEqual({ [ownCardId]: ['title'] });
        expect(sent[0]?.upsert?.cards?.[0]?.title).toBe('Facilitator typing');
      });

      it("a title in flight that the server wrote after the participant's: the facilitator's own event, later in the stream, restores it", async () => {
        conflicts.clear();
        const release = holdNextSave();
        editDocument((m) => updateCard(m, ownCardId, { title: 'Facilitator title' }));
        const saving = store().flush();
        await vi.waitFor(() => expect(store().saveStatus).toBe('saving'));
        applyCardFieldChange(
          changed('participant', libraryRowRetitled('Ana renamed it'), ['title']),
          conflicts,
        );
        expect(own()?.title).toBe('Ana renamed it');
        // The server wrote the save after Ana's edit; its event (read back) follows hers.
        applyCardFieldChange(
          changed('facilitator', libraryRowRetitled('Facilitator title'), ['title']),
          conflicts,
        );
        expect(own()?.title).toBe('Facilitator title');
        release();
        await saving;
        expect(own()?.title).toBe('Facilitator title');
        await store().flush();
        expect(sent).toHaveLength(1);
        // No undo entry came from either event: one undo takes the facilitator's title back.
        expect(history().pastStates).toHaveLength(1);
      });

      it("a title in flight that the server wrote before the participant's: the participant's title stands and is not sent back", async () => {
        conflicts.clear();
        const release = holdNextSave();
        editDocument((m) => updateCard(m, ownCardId, { title: 'Facilitator title' }));
        const saving = store().flush();
        await vi.waitFor(() => expect(store().saveStatus).toBe('saving'));
        // The save was written first: its own event comes before Ana's (and changes nothing).
        expect(
          applyCardFieldChange(
            changed('facilitator', libraryRowRetitled('Facilitator title'), ['title']),
            conflicts,
          ),
        ).toBe(false);
        applyCardFieldChange(
          changed('participant', libraryRowRetitled('Ana renamed it'), ['title']),
          conflicts,
        );
        release();
        await saving;
        expect(own()?.title).toBe('Ana renamed it');
        await store().flush();
        expect(sent).toHaveLength(1);
      });

      it('a card the facilitator deleted and not saved yet stays deleted when its participant edits it', async () => {
        conflicts.clear();
        editDocument((m) => ({ ...m, cards: m.cards.filter((c) => c.id !== ownCardId) }));
        applyCardFieldChange(
          changed('participant', libraryRowRetitled('Ana renamed it'), ['title']),
          conflicts,
        );
        expect(own()).toBeUndefined();
        await store().flush();
        expect(sent[0]?.remove?.cardIds).toEqual([ownCardId]);
      });
    });
  });
});
