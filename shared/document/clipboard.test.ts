import { describe, expect, it } from 'vitest';
import { JourneyMapSchema } from '../domain/journey-map';
import { addCard, createCard } from './cards';
import { copySelection, cutSelection, duplicateCards, pasteClipboard, PASTE_OFFSET } from './clipboard';
import {
  CLIPBOARD_MAX_CHARS,
  parseClipboardPayload,
  parseClipboardText,
  serializeClipboard,
} from './clipboard-schema';
import { addConnection } from './connections';
import { addPersonaToMap } from './personas';
import { moveCard } from './placement';
import { addStage } from './stages';
import { cellIds, cellOrders, deepFreeze, testMap, thrownError } from './test-map';

function sourceMap() {
  let map = testMap({ id: 'src' });
  map = addConnection(map, 'c-0-0-0', 'c-1-1-0', 'leads to', 'k1');
  map = addConnection(map, 'c-1-1-0', 'c-2-0-0', '', 'k2');
  return deepFreeze(map);
}

describe('copySelection', () => {
  it('copies the cards, the connections among them and the names of their cells', () => {
    const payload = copySelection(sourceMap(), ['c-0-0-0', 'c-1-1-0']);
    expect(payload).toMatchObject({ type: 'journey-map-cards', version: 1, sourceMapId: 'src' });
    expect(payload.cards.map((c) => c.id)).toEqual(['c-0-0-0', 'c-1-1-0']);
    expect(payload.connections.map((c) => c.id)).toEqual(['k1']);
    expect(payload.stages).toEqual([
      { id: 's0', name: 'Stage 1', index: 0 },
      { id: 's1', name: 'Stage 2', index: 1 },
    ]);
    expect(payload.lanes.map((l) => l.name)).toEqual(['Lane 1', 'Lane 2']);
    expect(parseClipboardText(serializeClipboard(payload))).toEqual(payload);
  });

  it('refuses an empty selection and unknown ids', () => {
    expect(thrownError(() => copySelection(sourceMap(), [])).path).toBe('cardIds');
    expect(thrownError(() => copySelection(sourceMap(), ['ghost'])).path).toBe('cardIds.0');
  });
});

describe('pasteClipboard', () => {
  it('pastes into the same map: new ids, same cells appended, connections remapped', () => {
    const map = sourceMap();
    const payload = copySelection(map, ['c-0-0-0', 'c-1-1-0']);
    const { map: next, newCardIds, newConnectionIds } = pasteClipboard(map, payload);
    expect(newCardIds).toHaveLength(2);
    expect(newCardIds.some((id) => map.cards.some((c) => c.id === id))).toBe(false);
    expect(cellIds(next, 's0', 'l0')).toEqual(['c-0-0-0', 'c-0-0-1', newCardIds[0]]);
    expect(cellIds(next, 's1', 'l1')).toEqual(['c-1-1-0', 'c-1-1-1', newCardIds[1]]);
    expect(cellOrders(next, 's0', 'l0')).toEqual([0, 1, 2]);
    const pasted = next.connections.find((c) => c.id === newConnectionIds[0]);
    expect(pasted).toMatchObject({ sourceId: newCardIds[0], targetId: newCardIds[1], label: 'leads to' });
    expect(next.cards.slice(0, map.cards.length).every((c, i) => c === map.cards[i])).toBe(true);
    expect(JourneyMapSchema.safeParse(next).success).toBe(true);
  });

  it('a pasted card is new: it does not inherit the lineage of the card it was copied from', () => {
    const copied = {
      ...sourceMap(),
      cards: sourceMap().cards.map((c) => ({ ...c, originId: `orig-${c.id}` })),
    };
    const payload = copySelection(copied, ['c-0-0-0']);
    const { map: next, newCardIds } = pasteClipboard(copied, payload);
    const pasted = next.cards.find((c) => c.id === newCardIds[0]);
    expect(pasted).toBeDefined();
    expect(pasted && 'originId' in pasted).toBe(false);
    expect(next.cards.find((c) => c.id === 'c-0-0-0')?.originId).toBe('orig-c-0-0-0');
  });

  it('pastes into another map by stage and lane name, then by index, then into the target cell', () => {
    const payload = copySelection(sourceMap(), ['c-0-0-0', 'c-1-1-0', 'c-2-0-0']);
    let other = testMap({ id: 'other', stages: 2, lanes: 2, cardsPerCell: 1 });
    // Rename so that only "Stage 2" matches by name (now at index 0) and the lanes match by index.
    other = {
      ...other,
      stages: [
        { ...other.stages[1]!, name: 'stage 2' },
        { ...other.stages[0]!, name: 'Awareness' },
      ],
      lanes: other.lanes.map((l, i) => ({ ...l, name: `Row ${i}` })),
    };
    deepFreeze(other);
    const { map: next, newCardIds } = pasteClipboard(other, payload, {
      targetStageId: 's1',
      targetLaneId: 'l1',
    });
    const placed = newCardIds.map((id) => next.cards.find((c) => c.id === id)!);
    // c-0-0-0: "Stage 1" has no namesake; index 0 is s1 (renamed "stage 2" sits first).
    expect(placed[0]).toMatchObject({ stageId: 's1', laneId: 'l0' });
    // c-1-1-0: "Stage 2" matches "stage 2" by name, ignoring case.
    expect(placed[1]).toMatchObject({ stageId: 's1', laneId: 'l1' });
    // c-2-0-0: no namesake, index 2 does not exist: the target stage.
    expect(placed[2]).toMatchObject({ stageId: 's1', laneId: 'l0' });
    expect(cellOrders(next, 's1', 'l0')).toEqual([0, 1, 2]);
    expect(next.connections).toHaveLength(2);
    expect(JourneyMapSchema.safeParse(next).success).toBe(true);
  });

  it('keeps free cards free, offset within the same map only', () => {
    const map = deepFreeze(moveCard(sourceMap(), 'c-0-0-0', { x: 10, y: 20 }));
    const payload = copySelection(map, ['c-0-0-0']);
    const same = pasteClipboard(map, payload).map.cards.at(-1);
    expect(same).toMatchObject({ stageId: null, x: 10 + PASTE_OFFSET, y: 20 + PASTE_OFFSET });
    const other = pasteClipboard(testMap({ id: 'o' }), payload).map.cards.at(-1);
    expect(other).toMatchObject({ stageId: null, x: 10, y: 20 });
  });

  it('makes cell cards free when the target map has no stages', () => {
    const empty = deepFreeze(testMap({ id: 'empty', stages: 0, lanes: 0 }));
    const { map } = pasteClipboard(empty, copySelection(sourceMap(), ['c-1-1-0']));
    expect(map.cards[0]).toMatchObject({ stageId: null, laneId: null, x: 0, y: 0 });
  });

  it('adds the personas of pasted persona cards to the map', () => {
    let src = addPersonaToMap(testMap({ id: 'a' }), 'p1');
    src = addCard(src, createCard('persona', { title: 'Ana', id: 'pc', personaId: 'p1' }), {
      stageId: 's0',
      laneId: 'l0',
    });
    const { map } = pasteClipboard(deepFreeze(testMap({ id: 'b' })), copySelection(src, ['pc']));
    expect(map.personaIds).toEqual(['p1']);
  });

  it('refuses an unknown target and a paste beyond the card limit', () => {
    const map = sourceMap();
    const payload = copySelection(map, ['c-0-0-0']);
    expect(thrownError(() => pasteClipboard(map, payload, { targetStageId: 'zz' })).path).toBe(
      'targetStageId',
    );
    const full = { ...map, cards: Array.from({ length: 20_000 }, () => map.cards[0]!) };
    expect(thrownError(() => pasteClipboard(full, payload)).code).toBe('too_large');
  });
});

describe('cut and duplicate', () => {
  it('cuts: the payload keeps the cards, the map loses them and their connections', () => {
    const { payload, map } = cutSelection(sourceMap(), ['c-1-1-0']);
    expect(payload.cards.map((c) => c.id)).toEqual(['c-1-1-0']);
    expect(map.cards.some((c) => c.id === 'c-1-1-0')).toBe(false);
    expect(map.connections).toEqual([]);
    const back = pasteClipboard(map, payload).map;
    expect(cellIds(back, 's1', 'l1')).toHaveLength(2);
  });

  it('duplicates cards and the connections among them', () => {
    const map = sourceMap();
    const { map: next, newCardIds } = duplicateCards(map, ['c-0-0-0', 'c-1-1-0', 'c-2-0-0']);
    expect(next.cards).toHaveLength(map.cards.length + 3);
    expect(next.connections).toHaveLength(4);
    expect(next.cards.find((c) => c.id === newCardIds[0])?.title).toBe('Card c-0-0-0');
  });
});

describe('hostile clipboard content', () => {
  const valid = () =>
    JSON.parse(serializeClipboard(copySelection(sourceMap(), ['c-0-0-0', 'c-1-1-0']))) as Record<
      string,
      unknown
    >;

  it('treats text that is not ours as plain text', () => {
    expect(parseClipboardText('hello')).toBeNull();
    expect(parseClipboardText('{"type":"something-else"}')).toBeNull();
    expect(parseClipboardText('[1,2]')).toBeNull();
  });

  it('refuses __proto__ and constructor keys anywhere', () => {
    const top = `{"__proto__":{"polluted":true},${serializeClipboard(copySelection(sourceMap(), ['c-0-0-0'])).slice(1)}`;
    expect(thrownError(() => parseClipboardText(top))).toMatchObject({
      code: 'invalid_input',
      path: '__proto__',
    });
    const inCard = valid();
    (inCard.cards as Record<string, unknown>[])[0] = JSON.parse('{"__proto__":{"isAdmin":true}}');
    expect(thrownError(() => parseClipboardPayload(inCard)).path).toBe('cards.0.__proto__');
    const ctor = { ...valid(), constructor: { prototype: {} } };
    expect(thrownError(() => parseClipboardPayload(ctor)).path).toBe('constructor');
    expect(({} as { polluted?: unknown; isAdmin?: unknown }).polluted).toBeUndefined();
  });

  it('refuses another version with unsupported_version', () => {
    const text = JSON.stringify({ ...valid(), version: 2 });
    expect(thrownError(() => parseClipboardText(text))).toMatchObject({
      code: 'unsupported_version',
      path: 'version',
    });
  });

  it('refuses 10 MB of text before parsing it, and over-long fields', () => {
    const huge = `{"type":"journey-map-cards","x":"${'a'.repeat(10 * 1024 * 1024)}"}`;
    expect(huge.length).toBeGreaterThan(CLIPBOARD_MAX_CHARS);
    expect(thrownError(() => parseClipboardText(huge)).code).toBe('too_large');
    const long = valid();
    (long.cards as Record<string, unknown>[])[0]!.title = 'x'.repeat(10 * 1024 * 1024);
    expect(thrownError(() => parseClipboardPayload(long))).toMatchObject({
      code: 'invalid_input',
      path: 'cards.0.title',
    });
  });

  it('refuses unknown kinds, bad ids, dangling references and extra fields', () => {
    const kind = valid();
    (kind.cards as Record<string, unknown>[])[0]!.kind = 'script';
    expect(thrownError(() => parseClipboardPayload(kind))).toMatchObject({
      code: 'invalid_input',
      path: 'cards.0.kind',
    });
    const id = valid();
    (id.cards as Record<string, unknown>[])[0]!.id = '<img onerror=x>';
    expect(thrownError(() => parseClipboardPayload(id)).path).toBe('cards.0.id');
    const dangling = valid();
    (dangling.connections as Record<string, unknown>[])[0]!.targetId = 'elsewhere';
    expect(thrownError(() => parseClipboardPayload(dangling)).path).toBe('connections.0.targetId');
    const stage = valid();
    (stage.cards as Record<string, unknown>[])[0]!.stageId = 'unlisted';
    expect(thrownError(() => parseClipboardPayload(stage)).path).toBe('cards.0.stageId');
    expect(thrownError(() => parseClipboardPayload({ ...valid(), extra: 1 })).code).toBe('invalid_input');
    expect(thrownError(() => parseClipboardPayload({ ...valid(), cards: [] })).path).toBe('cards');
    expect(thrownError(() => parseClipboardPayload(null)).code).toBe('invalid_input');
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    const deep = `{"type":"journey-map-cards","version":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(thrownError(() => parseClipboardText(deep)).message).toMatch(/nested too deeply/);
  });

  it('refuses a hostile payload passed straight to paste and leaves the map alone', () => {
    const map = sourceMap();
    const hostile = {
      ...valid(),
      version: 1,
      cards: [{ ...(valid().cards as object[])[0], score: 99, kind: 'emotion' }],
    };
    expect(thrownError(() => pasteClipboard(map, hostile)).code).toBe('invalid_input');
    expect(map.cards).toHaveLength(12);
  });
});

// Adding a stage to the target of a paste keeps ids unique even after repeated pastes.
describe('repeated paste', () => {
  it('never reuses ids', () => {
    let map = addStage(sourceMap(), { name: 'Extra' });
    const payload = copySelection(map, ['c-0-0-0']);
    const ids = new Set(map.cards.map((c) => c.id));
    for (let i = 0; i < 5; i++) {
      const result = pasteClipboard(map, payload);
      map = result.map;
      for (const id of result.newCardIds) {
        expect(ids.has(id)).toBe(false);
        ids.add(id);
      }
    }
    expect(cellOrders(map, 's0', 'l0')).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
