import { describe, expect, it, vi } from 'vitest';
import { addStage, moveCard, removeCards, renameStage, updateCard } from '../../shared/document';
import type { JourneyMap, MapChangeSet } from '../../shared/domain';
import { createAutosave, type SaveStatus } from '../../renderer/editor/store/autosave';
import { makeMap } from '../../shared/document/test-map';
import { seedMap } from '../helpers/seed-map';
import { useTempLibrary } from '../helpers/temp-library';

// The renderer's autosave against the real backend and a real SQLite file: what the editor shows is
// what a reopened library holds, and each save sends only the rows that changed.
const tmp = useTempLibrary('jm-autosave-');
const { call } = tmp;

async function loaded(map: JourneyMap): Promise<JourneyMap> {
  const id = await seedMap(tmp.h(), map);
  return call('maps.get', { id });
}

function recordingAutosave() {
  const sent: MapChangeSet[] = [];
  const statuses: SaveStatus[] = [];
  const autosave = createAutosave({
    delayMs: 20,
    save: async (id, changes) => {
      sent.push(changes);
      await call('maps.applyChanges', { id, changes });
    },
    onStatus: (s) => statuses.push(s),
  });
  return { autosave, sent, statuses };
}

/** Map content without timestamps; cards and connections by id (storage order is not content). */
const contentOf = (map: JourneyMap) => ({
  ...map,
  updatedAt: undefined,
  createdAt: undefined,
  cards: [...map.cards].sort((a, b) => a.id.localeCompare(b.id)),
  connections: [...map.connections].sort((a, b) => a.id.localeCompare(b.id)),
});

describe('autosave', () => {
  it('stores edits so that a reopened library shows exactly the edited map', async () => {
    const start = await loaded(makeMap({ stages: 3, lanes: 3, cardsPerCell: 2, connections: 4 }));
    const { autosave, statuses } = recordingAutosave();
    autosave.reset(start);

    const firstCard = start.cards[0]!;
    let edited = updateCard(start, firstCard.id, { title: 'Renamed card' });
    edited = renameStage(edited, start.stages[1]!.id, 'Decision');
    edited = moveCard(edited, start.cards[1]!.id, {
      stageId: start.stages[2]!.id,
      laneId: start.lanes[0]!.id,
      index: 0,
    });
    edited = removeCards(edited, [start.cards[3]!.id]);
    edited = addStage(edited, { at: 1, name: 'New stage', id: 'added-stage' });
    autosave.schedule(edited);
    await autosave.flush();

    tmp.reopen();
    const reopened = await call('maps.get', { id: start.id });
    expect(contentOf(reopened)).toEqual(contentOf(edited));
    expect(statuses.at(-1)).toBe('saved');
  });

  it('sends only the changed card, however large the map', async () => {
    const start = await loaded(makeMap({ stages: 10, lanes: 5, cardsPerCell: 4 }));
    const { autosave, sent } = recordingAutosave();
    autosave.reset(start);
    autosave.schedule(updateCard(start, start.cards[7]!.id, { title: 'Only me' }));
    await autosave.flush();

    expect(sent).toHaveLength(1);
    // ...and of that card only the changed field, so the library writes only that column (issue 12).
    expect(sent[0]).toEqual({
      upsert: {
        cards: [expect.objectContaining({ title: 'Only me' })],
        cardFields: { [start.cards[7]!.id]: ['title'] },
      },
    });
  });

  it('saves a burst of edits by itself, once, after the quiet time, and sends nothing when nothing changed', async () => {
    const start = await loaded(makeMap({ stages: 2, lanes: 2 }));
    const { autosave, sent, statuses } = recordingAutosave();
    autosave.reset(start);
    let map = start;
    for (let i = 0; i < 5; i += 1) {
      map = updateCard(map, start.cards[0]!.id, { title: `Edit ${i}` });
      autosave.schedule(map);
    }
    // Nothing goes out during the burst; the debounce timer alone (no flush) saves it soon after.
    expect(sent).toHaveLength(0);
    expect(statuses.at(-1)).toBe('pending');
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('saved'), { timeout: 2_000, interval: 5 });
    expect(sent).toHaveLength(1);
    const stored = await call('maps.get', { id: start.id });
    expect(stored.cards.find((c) => c.id === start.cards[0]!.id)?.title).toBe('Edit 4');

    // The same document again: the timer fires, finds no difference and sends nothing.
    autosave.schedule(map);
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('saved'), { timeout: 2_000, interval: 5 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(sent).toHaveLength(1);
    autosave.dispose();
  });

  it('keeps edits pending after a failed save and sends them with the next one', async () => {
    const start = await loaded(makeMap({ stages: 2, lanes: 2 }));
    let fail = true;
    const statuses: SaveStatus[] = [];
    const autosave = createAutosave({
      delayMs: 10,
      save: async (id, changes) => {
        if (fail) throw new Error('disk full');
        await call('maps.applyChanges', { id, changes });
      },
      onStatus: (s) => statuses.push(s),
    });
    autosave.reset(start);
    const edited = updateCard(start, start.cards[0]!.id, { title: 'Kept' });
    autosave.schedule(edited);
    await expect(autosave.flush()).rejects.toThrow('disk full');
    expect(statuses.at(-1)).toBe('error');
    expect(autosave.pendingChanges()).not.toBeNull();

    fail = false;
    await autosave.flush();
    const stored = await call('maps.get', { id: start.id });
    expect(stored.cards.find((c) => c.id === start.cards[0]!.id)?.title).toBe('Kept');
    expect(autosave.pendingChanges()).toBeNull();
  });
});
