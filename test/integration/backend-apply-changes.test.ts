import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Card, JourneyMap, MapChangeSet } from '../../shared/domain';
import { makeLargeMap, makeMap } from '../../shared/document/test-map';
import { seedMap } from '../helpers/seed-map';
import { errorOf } from '../helpers/library-checks';
import { useTempLibrary } from '../helpers/temp-library';

// Every test gets its own library and leaves a sound file behind.
const tmp = useTempLibrary('jm-changes-');
const { call, callResult, h } = tmp;

/** A second, independent connection to the library file (what another process would see). */
function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(path.join(tmp.dataDir(), 'library.sqlite'));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const get = (id: string) => call('maps.get', { id });
const apply = (id: string, changes: MapChangeSet) => call('maps.applyChanges', { id, changes });
const dispatchApply = (id: string, changes: unknown) => callResult('maps.applyChanges', { id, changes });
const card = (map: JourneyMap, id: string): Card => {
  const found = map.cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
};

describe('maps.applyChanges', () => {
  it('adds a card, moves it, and bumps updatedAt', async () => {
    const id = await seedMap(h(), makeMap({ stages: 3, lanes: 3 }));
    const before = await get(id);
    const newCard: Card = {
      id: 'new-card',
      kind: 'emotion',
      score: -2,
      stageId: 'm-s0',
      laneId: 'm-l1',
      order: 1,
      x: null,
      y: null,
      title: '很沮丧',
      text: 'Could not find the price',
      tags: ['pricing'],
    };
    const first = await apply(id, { upsert: { cards: [newCard] } });
    expect(first.updatedAt > before.updatedAt).toBe(true);
    let after = await get(id);
    expect(after.updatedAt).toBe(first.updatedAt);
    expect(card(after, 'new-card')).toEqual(newCard);
    expect(after.cards).toHaveLength(before.cards.length + 1);

    const moved: Card = { ...newCard, stageId: 'm-s2', laneId: 'm-l2', order: 0 };
    const second = await apply(id, { upsert: { cards: [moved] } });
    expect(second.updatedAt > first.updatedAt).toBe(true);
    after = await get(id);
    expect(card(after, 'new-card')).toEqual(moved);
    // A free card off the grid keeps its coordinates.
    const free: Card = { ...moved, stageId: null, laneId: null, x: -120.5, y: 3000 };
    await apply(id, { upsert: { cards: [free] } });
    expect(card(await get(id), 'new-card')).toEqual(free);
  });

  it('adds a stage and a card in it in the same save, and changes the map fields', async () => {
    const id = await seedMap(h(), makeMap());
    await apply(id, {
      map: { name: 'Renamed in a save', description: 'desc', language: 'zh-CN' },
      upsert: {
        stages: [{ id: 'late-stage', name: '复购', description: '', goal: '', width: 400 }],
        cards: [
          {
            id: 'late-card',
            kind: 'note',
            stageId: 'late-stage',
            laneId: 'm-l0',
            order: 0,
            x: null,
            y: null,
            title: 'n',
            text: '',
            tags: [],
          },
        ],
      },
    });
    const map = await get(id);
    expect(map).toMatchObject({ name: 'Renamed in a save', description: 'desc', language: 'zh-CN' });
    expect(map.stages.map((s) => s.id)).toEqual(['m-s0', 'm-s1', 'm-s2', 'late-stage']);
    expect(card(map, 'late-card').stageId).toBe('late-stage');
  });

  it('removing a stage removes its cards and their connections, and nothing else', async () => {
    const id = await seedMap(h(), makeMap({ stages: 3, lanes: 2, cardsPerCell: 2, connections: 11 }));
    const before = await get(id);
    await apply(id, { remove: { stageIds: ['m-s1'] } });
    const after = await get(id);
    expect(after.stages.map((s) => s.id)).toEqual(['m-s0', 'm-s2']);
    expect(after.cards).toEqual(before.cards.filter((c) => c.stageId !== 'm-s1'));
    const left = new Set(after.cards.map((c) => c.id));
    expect(after.connections).toEqual(
      before.connections.filter((c) => left.has(c.sourceId) && left.has(c.targetId)),
    );
    expect(after.connections.length).toBeLessThan(before.connections.length);
  });

  it('removing a lane, a card or a connection removes exactly that and what hangs on it', async () => {
    const id = await seedMap(h(), makeMap({ stages: 2, lanes: 3, cardsPerCell: 1, connections: 5 }));
    const before = await get(id);
    await apply(id, { remove: { laneIds: ['m-l2'], cardIds: ['m-c0-0-0'], connectionIds: ['m-e3'] } });
    const after = await get(id);
    expect(after.lanes.map((l) => l.id)).toEqual(['m-l0', 'm-l1']);
    expect(after.cards.map((c) => c.id)).toEqual(['m-c0-1-0', 'm-c1-0-0', 'm-c1-1-0']);
    const left = new Set(after.cards.map((c) => c.id));
    expect(after.connections.map((c) => c.id)).toEqual(
      before.connections
        .filter((c) => c.id !== 'm-e3' && left.has(c.sourceId) && left.has(c.targetId))
        .map((c) => c.id),
    );
  });

  it('reorders stages and lanes; ids left out of the order keep their relative place at the end', async () => {
    const id = await seedMap(h(), makeMap({ stages: 4, lanes: 3 }));
    await apply(id, { stageOrder: ['m-s3', 'm-s0', 'm-s2', 'm-s1'], laneOrder: ['m-l2'] });
    let map = await get(id);
    expect(map.stages.map((s) => s.id)).toEqual(['m-s3', 'm-s0', 'm-s2', 'm-s1']);
    expect(map.lanes.map((l) => l.id)).toEqual(['m-l2', 'm-l0', 'm-l1']);
    // Cards follow the new display order of their stages.
    expect(map.cards[0]?.stageId).toBe('m-s3');

    await apply(id, {
      upsert: { stages: [{ id: 'm-s4', name: 'Five', description: '', goal: '', width: 320 }] },
      stageOrder: ['m-s0', 'm-s1'],
    });
    map = await get(id);
    expect(map.stages.map((s) => s.id)).toEqual(['m-s0', 'm-s1', 'm-s3', 'm-s2', 'm-s4']);
    tmp.reopen();
    expect((await get(id)).stages.map((s) => s.id)).toEqual(['m-s0', 'm-s1', 'm-s3', 'm-s2', 'm-s4']);
  });

  it('accepts a persona card and persona list that refer to personas of the library', async () => {
    const id = await seedMap(h(), makeMap());
    withDb((db) =>
      db
        .prepare(
          `INSERT INTO personas (id, name, avatar_color, created_at, updated_at)
           VALUES ('p1', 'Lin', '#5b6cf0', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
        )
        .run(),
    );
    const personaCard: Card = {
      id: 'pc',
      kind: 'persona',
      personaId: 'p1',
      stageId: 'm-s0',
      laneId: 'm-l0',
      order: 5,
      x: null,
      y: null,
      title: 'Lin',
      text: '',
      tags: [],
    };
    await apply(id, { map: { personaIds: ['p1'] }, upsert: { cards: [personaCard] } });
    const map = await get(id);
    expect(map.personaIds).toEqual(['p1']);
    expect(card(map, 'pc')).toEqual(personaCard);
    await apply(id, { map: { personaIds: [] } });
    expect((await get(id)).personaIds).toEqual([]);
  });
});

describe('maps.applyChanges refuses bad changes and writes nothing', () => {
  let id: string;
  let otherId: string;
  let before: JourneyMap;
  let otherBefore: JourneyMap;

  beforeEach(async () => {
    id = await seedMap(h(), makeMap({ idPrefix: 'a', connections: 3 }));
    otherId = await seedMap(h(), makeMap({ idPrefix: 'b', connections: 3 }));
    before = await get(id);
    otherBefore = await get(otherId);
  });

  const validCard: Card = {
    id: 'fine',
    kind: 'note',
    stageId: 'a-s0',
    laneId: 'a-l0',
    order: 3,
    x: null,
    y: null,
    title: 'ok',
    text: '',
    tags: [],
  };

  // Each bad change set also carries valid edits before the bad one, to prove the whole set is undone.
  const cases: Array<[string, unknown, string]> = [
    [
      'a card in another map’s stage',
      { upsert: { cards: [validCard, { ...validCard, id: 'bad', stageId: 'b-s0' }] } },
      'changes.upsert.cards.1.stageId',
    ],
    [
      'a card in a lane that does not exist',
      { upsert: { cards: [{ ...validCard, laneId: 'no-such-lane' }] } },
      'changes.upsert.cards.0.laneId',
    ],
    [
      'a card in a stage removed in the same save',
      { remove: { stageIds: ['a-s0'] }, upsert: { cards: [validCard] } },
      'changes.upsert.cards.0.stageId',
    ],
    [
      'a persona card for a persona the library does not have',
      { upsert: { cards: [{ ...validCard, kind: 'persona', personaId: 'ghost' }] } },
      'changes.upsert.cards.0.personaId',
    ],
    [
      'a connection to another map’s card',
      {
        map: { name: 'should not stick' },
        upsert: { connections: [{ id: 'x', sourceId: 'a-c0-0-0', targetId: 'b-c0-0-0', label: '' }] },
      },
      'changes.upsert.connections.0.targetId',
    ],
    [
      'a connection from a card that does not exist',
      { upsert: { connections: [{ id: 'x', sourceId: 'nope', targetId: 'a-c0-0-0', label: '' }] } },
      'changes.upsert.connections.0.sourceId',
    ],
    [
      'taking over another map’s stage id',
      { upsert: { stages: [{ id: 'b-s1', name: 'Mine now', description: '', goal: '', width: 320 }] } },
      'changes.upsert.stages.0.id',
    ],
    [
      'taking over another map’s card id',
      { upsert: { cards: [{ ...validCard, id: 'b-c0-0-0' }] } },
      'changes.upsert.cards.0.id',
    ],
    ['a stage order naming a foreign stage', { stageOrder: ['a-s1', 'b-s0'] }, 'changes.stageOrder.1'],
    ['a stage order naming a stage twice', { stageOrder: ['a-s1', 'a-s1'] }, 'changes.stageOrder.1'],
    ['a lane order naming an unknown lane', { laneOrder: ['zzz'] }, 'changes.laneOrder.0'],
    ['an unknown persona in the map', { map: { personaIds: ['ghost'] } }, 'changes.map.personaIds.0'],
    // Schema-level problems, caught by the contract before the service runs.
    [
      'an emotion score out of range',
      { upsert: { cards: [{ ...validCard, kind: 'emotion', score: 5 }] } },
      'changes.upsert.cards.0.score',
    ],
    ['an empty map name', { map: { name: '  ' } }, 'changes.map.name'],
    ['a malformed id', { remove: { cardIds: ['not ok!'] } }, 'changes.remove.cardIds.0'],
  ];

  for (const [what, changes, expectedPath] of cases) {
    it(`refuses ${what} on path ${expectedPath}`, async () => {
      const error = errorOf(await dispatchApply(id, changes));
      expect(error.code).toBe('invalid_input');
      expect(error.path).toBe(expectedPath);
      expect(error.message).toContain(expectedPath);
      expect(await get(id)).toEqual(before);
      expect(await get(otherId)).toEqual(otherBefore);
    });
  }

  it('says which map id was not found', async () => {
    const error = errorOf(await dispatchApply('no-such-map', { map: { name: 'x' } }));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('no-such-map');
  });
});

/**
 * Triggers that log every insert, update and delete (including cascades) into `test_audit`. They
 * live in the file, so they see the library's own connection write.
 */
function installAudit(db: Database.Database): void {
  db.exec('CREATE TABLE test_audit (seq INTEGER PRIMARY KEY, tbl TEXT, op TEXT, row_id TEXT)');
  const keys: Record<string, (ref: string) => string> = {
    maps: (r) => `${r}.id`,
    stages: (r) => `${r}.id`,
    lanes: (r) => `${r}.id`,
    cards: (r) => `${r}.id`,
    connections: (r) => `${r}.id`,
    map_personas: (r) => `${r}.map_id || '/' || ${r}.persona_id`,
  };
  for (const [table, key] of Object.entries(keys)) {
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      const ref = op === 'DELETE' ? 'OLD' : 'NEW';
      db.exec(`CREATE TRIGGER test_audit_${table}_${op} AFTER ${op} ON ${table} BEGIN
        INSERT INTO test_audit (tbl, op, row_id) VALUES ('${table}', '${op}', ${key(ref)}); END`);
    }
  }
}

describe('writes touch only the rows that changed', () => {
  let id: string;
  let map: JourneyMap;
  const audit = () =>
    withDb((db) => db.prepare('SELECT tbl, op, row_id FROM test_audit ORDER BY seq').all()) as Array<{
      tbl: string;
      op: string;
      row_id: string;
    }>;

  beforeEach(async () => {
    tmp.reopen({ beforeOpen: () => withDb(installAudit) });
    // A decoy map: its rows must never show up in the log.
    await seedMap(h(), makeMap({ idPrefix: 'decoy', connections: 2 }));
    id = await seedMap(h(), makeLargeMap(2_000));
    map = await get(id);
    withDb((db) => db.exec('DELETE FROM test_audit'));
  });

  it('editing one card of a 2,000-card map writes that card and the map row, nothing else', async () => {
    const target = map.cards[1234] as Card;
    await apply(id, { upsert: { cards: [{ ...target, title: 'Edited' }] } });
    expect(audit()).toEqual([
      { tbl: 'cards', op: 'UPDATE', row_id: target.id },
      { tbl: 'maps', op: 'UPDATE', row_id: id },
    ]);
    const after = await get(id);
    expect(after.cards.filter((c) => c.id !== target.id)).toEqual(
      map.cards.filter((c) => c.id !== target.id),
    );
  });

  it('re-sending an unchanged card rewrites nothing but the map’s updatedAt', async () => {
    await apply(id, { upsert: { cards: map.cards.slice(0, 100), stages: map.stages, lanes: map.lanes } });
    expect(audit()).toEqual([{ tbl: 'maps', op: 'UPDATE', row_id: id }]);
  });

  it('swapping two stages writes those two stage rows only', async () => {
    const order = map.stages.map((s) => s.id);
    [order[3], order[4]] = [order[4] as string, order[3] as string];
    await apply(id, { stageOrder: order });
    expect(audit()).toEqual([
      { tbl: 'stages', op: 'UPDATE', row_id: order[3] },
      { tbl: 'stages', op: 'UPDATE', row_id: order[4] },
      { tbl: 'maps', op: 'UPDATE', row_id: id },
    ]);
  });

  it('deleting a card deletes it and its connections only', async () => {
    const connected = map.connections[0];
    if (!connected) throw new Error('factory map has connections');
    await apply(id, { remove: { cardIds: [connected.sourceId] } });
    const touching = map.connections.filter(
      (c) => c.sourceId === connected.sourceId || c.targetId === connected.sourceId,
    );
    const log = audit();
    expect(log.filter((r) => r.tbl === 'cards')).toEqual([
      { tbl: 'cards', op: 'DELETE', row_id: connected.sourceId },
    ]);
    expect(
      log
        .filter((r) => r.tbl === 'connections')
        .map((r) => r.row_id)
        .sort(),
    ).toEqual(touching.map((c) => c.id).sort());
    expect(log.filter((r) => !['cards', 'connections', 'maps'].includes(r.tbl))).toEqual([]);
  });
});
