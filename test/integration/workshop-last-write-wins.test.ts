import { afterEach, describe, expect, it } from 'vitest';
import { moveCard } from '../../shared/document';
import { makeMap } from '../../shared/document/test-map';
import { changeSetFromDiff, diffMaps } from '../../shared/diff';
import type { Card, JourneyMap } from '../../shared/domain';
import type { SessionEvent } from '../../shared/workshop';
import { participantValue } from '../helpers/participant-client';
import { seedMap } from '../helpers/seed-map';
import { useTempLibrary } from '../helpers/temp-library';

// Issue 12: the server orders concurrent edits and the last write of a FIELD wins, whoever wrote it.
// The facilitator's editor saves `changeSetFromDiff(diffMaps(saved, current))` of its own copy, which
// may be older than the library (a participant's edit not applied in the editor yet): the save must
// then write only the fields the facilitator changed. On a real library, participants over HTTP.
const lib = useTempLibrary('jme-workshop-lww-');

afterEach(() => {
  lib.library().workshop.endNow();
});

/** A running session on a 2x2 map and one participant, Ana, with a card of her own in cell (0, 0). */
async function sessionWithAnasCard() {
  const map = makeMap({ stages: 2, lanes: 2, cardsPerCell: 1, idPrefix: 'lww' });
  const mapId = await seedMap(lib.h(), map);
  const info = await lib.call('workshop.start', { mapId, bindAddress: '127.0.0.1' });
  const base = info.homeUrl;
  const secret = info.joinUrl.split('/join/')[1]!;
  const ana = await participantValue(base, 'join', { via: { kind: 'link', secret }, displayName: 'Ana' });
  const stored = await lib.call('maps.get', { id: mapId });
  const [stage0, stage1] = stored.stages;
  const [lane0, lane1] = stored.lanes;
  const { card } = await participantValue(
    base,
    'addCard',
    { kind: 'note', title: 'Idea', stageId: stage0!.id, laneId: lane0!.id },
    ana.token,
  );
  const events: SessionEvent[] = [];
  const unsubscribe = lib.library().workshop.subscribe((e) => events.push(e));
  return {
    mapId,
    base,
    ana,
    cardId: card.id,
    stageIds: [stage0!.id, stage1!.id],
    laneIds: [lane0!.id, lane1!.id],
    events,
    unsubscribe,
    /** The facilitator's editor copy: the library as it is now. */
    read: () => lib.call('maps.get', { id: mapId }),
  };
}

/** What the facilitator's autosave sends for `edit` of its (possibly stale) copy. */
async function facilitatorSaves(mapId: string, copy: JourneyMap, edit: (map: JourneyMap) => JourneyMap) {
  const edited = edit(copy);
  const changes = changeSetFromDiff(diffMaps({ map: copy }, { map: edited }), edited);
  await lib.call('maps.applyChanges', { id: mapId, changes });
  return changes;
}

const cardIn = async (mapId: string, cardId: string): Promise<Card | undefined> =>
  (await lib.call('maps.get', { id: mapId })).cards.find((c) => c.id === cardId);

const retitle = (cardId: string, title: string) => (map: JourneyMap) => ({
  ...map,
  cards: map.cards.map((c) => (c.id === cardId ? { ...c, title } : c)),
});

describe('per-field last write wins in a workshop session', () => {
  it("a facilitator's move from a stale copy keeps the participant's newer title, and the event carries the merged row", async () => {
    const s = await sessionWithAnasCard();
    const stale = await s.read();
    await participantValue(s.base, 'editCard', { cardId: s.cardId, title: 'Ana renamed it' }, s.ana.token);

    const changes = await facilitatorSaves(s.mapId, stale, (map) =>
      moveCard(map, s.cardId, { stageId: s.stageIds[0]!, laneId: s.laneIds[1]! }),
    );
    expect(changes.upsert?.cardFields?.[s.cardId]).toEqual(expect.arrayContaining(['laneId']));
    expect(changes.upsert?.cardFields?.[s.cardId]).not.toContain('title');

    expect(await cardIn(s.mapId, s.cardId)).toMatchObject({
      title: 'Ana renamed it',
      laneId: s.laneIds[1],
      author: 'Ana',
    });
    const last = s.events.filter((e) => e.type === 'card.changed').at(-1);
    expect(last).toMatchObject({
      type: 'card.changed',
      by: { kind: 'facilitator' },
      card: { id: s.cardId, title: 'Ana renamed it', laneId: s.laneIds[1] },
    });
    s.unsubscribe();
  });

  it("the reverse order: the facilitator's move lands first, then the participant's title; the row has both", async () => {
    const s = await sessionWithAnasCard();
    const copy = await s.read();
    await facilitatorSaves(s.mapId, copy, (map) =>
      moveCard(map, s.cardId, { stageId: s.stageIds[1]!, laneId: s.laneIds[1]! }),
    );
    await participantValue(s.base, 'editCard', { cardId: s.cardId, title: 'Ana renamed it' }, s.ana.token);

    expect(await cardIn(s.mapId, s.cardId)).toMatchObject({
      title: 'Ana renamed it',
      stageId: s.stageIds[1],
      laneId: s.laneIds[1],
    });
    // The participant's event names the one field Ana changed, over the merged row.
    expect(s.events.filter((e) => e.type === 'card.changed').at(-1)).toMatchObject({
      by: { kind: 'participant', displayName: 'Ana' },
      fields: ['title'],
      card: { title: 'Ana renamed it', stageId: s.stageIds[1], laneId: s.laneIds[1] },
    });
    s.unsubscribe();
  });

  it('two writes of the same field: the later one wins, whoever wrote it', async () => {
    const s = await sessionWithAnasCard();
    const stale = await s.read();
    await participantValue(s.base, 'editCard', { cardId: s.cardId, title: 'Ana first' }, s.ana.token);
    await facilitatorSaves(s.mapId, stale, retitle(s.cardId, 'Facilitator later'));
    expect((await cardIn(s.mapId, s.cardId))?.title).toBe('Facilitator later');

    const copy = await s.read();
    await facilitatorSaves(s.mapId, copy, retitle(s.cardId, 'Facilitator first'));
    await participantValue(s.base, 'editCard', { cardId: s.cardId, title: 'Ana later' }, s.ana.token);
    expect((await cardIn(s.mapId, s.cardId))?.title).toBe('Ana later');
    s.unsubscribe();
  });

  it('a change set without cardFields still writes whole cards; one naming a card it does not upsert is refused', async () => {
    const s = await sessionWithAnasCard();
    const stale = await s.read();
    await participantValue(s.base, 'editCard', { cardId: s.cardId, title: 'Ana renamed it' }, s.ana.token);
    const held = stale.cards.find((c) => c.id === s.cardId)!;
    await lib.call('maps.applyChanges', {
      id: s.mapId,
      changes: { upsert: { cards: [{ ...held, text: 'Whole card' }] } },
    });
    expect(await cardIn(s.mapId, s.cardId)).toMatchObject({ title: 'Idea', text: 'Whole card' });

    const before = await s.read();
    await expect(
      lib.call('maps.applyChanges', {
        id: s.mapId,
        changes: { upsert: { cards: [{ ...held, text: 'Nope' }], cardFields: { other: ['text'] } } },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    // A card's kind (or id, lineage, author) is never written on its own: the whole card carries it.
    await expect(
      lib.call('maps.applyChanges', {
        id: s.mapId,
        changes: {
          upsert: { cards: [{ ...held, text: 'Nope' }], cardFields: { [s.cardId]: ['kind' as never] } },
        },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await s.read()).toEqual(before);
    s.unsubscribe();
  });
});
