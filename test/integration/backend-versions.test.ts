import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { diffMaps, isEmptyDiff } from '../../shared/diff';
import { makeMap } from '../../shared/document/test-map';
import { seedMap } from '../helpers/seed-map';
import { errorOf } from '../helpers/library-checks';
import { useTempLibrary } from '../helpers/temp-library';

// Every test gets its own library and leaves a sound file behind.
const tmp = useTempLibrary('jm-versions-');
const { call, callResult, h } = tmp;

/** Writes metrics the way the metrics service stores them: rows in the library's own tables. */
function writeMetrics(mapId: string, periodId: string, counts: Record<string, number>) {
  const db = new Database(tmp.library().path);
  try {
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      db.prepare(
        `INSERT OR IGNORE INTO metric_periods (id, map_id, name, source, created_at)
         VALUES (?, ?, ?, 'manual', '2026-01-01T00:00:00.000Z')`,
      ).run(periodId, mapId, `Period ${periodId}`);
      for (const [stageId, count] of Object.entries(counts)) {
        db.prepare(
          `INSERT INTO stage_metrics (period_id, stage_id, count) VALUES (?, ?, ?)
           ON CONFLICT (period_id, stage_id) DO UPDATE SET count = excluded.count`,
        ).run(periodId, stageId, count);
      }
    })();
  } finally {
    db.close();
  }
}

async function seeded(prefix = 'v') {
  const id = await seedMap(
    h(),
    makeMap({ stages: 3, lanes: 2, cardsPerCell: 1, connections: 2, idPrefix: prefix }),
  );
  writeMetrics(id, `${prefix}-p1`, { [`${prefix}-s0`]: 1000, [`${prefix}-s1`]: 400, [`${prefix}-s2`]: 100 });
  return id;
}

describe('versions', () => {
  it('saves an immutable snapshot of the map, its personas and all metric periods', async () => {
    const mapId = await seeded();
    const saved = await call('versions.save', { mapId, name: 'Before workshop', note: 'as-is' });
    expect(saved).toMatchObject({ mapId, name: 'Before workshop', note: 'as-is', cardCount: 6 });

    const stored = await call('versions.get', { id: saved.id });
    const mapNow = await call('maps.get', { id: mapId });
    expect(isEmptyDiff(diffMaps({ map: mapNow }, { map: stored.snapshot.map }))).toBe(true);
    expect(stored.snapshot.periods.map((p) => p.id)).toEqual(['v-p1']);
    expect(stored.snapshot.metrics.map((m) => m.count)).toEqual([1000, 400, 100]);

    // Edit everything the map has: cards, a stage name, removal, metrics.
    await call('maps.applyChanges', {
      id: mapId,
      changes: {
        upsert: {
          stages: [{ ...mapNow.stages[0]!, name: 'Renamed' }],
          cards: [{ ...mapNow.cards[0]!, title: 'Edited title' }],
        },
        remove: { cardIds: [mapNow.cards[1]!.id] },
      },
    });
    writeMetrics(mapId, 'v-p1', { 'v-s0': 5 });
    writeMetrics(mapId, 'v-p2', { 'v-s1': 7 });

    const again = await call('versions.get', { id: saved.id });
    expect(again).toEqual(stored);
    expect(again.snapshot.map.stages[0]?.name).toBe('Stage 1');
    expect(again.snapshot.metrics.find((m) => m.stageId === 'v-s0')?.count).toBe(1000);
  });

  it('lists versions newest first with card count and an SVG thumbnail, and survives a reopen', async () => {
    const mapId = await seeded();
    const first = await call('versions.save', { mapId, name: 'One', note: '' });
    const second = await call('versions.save', { mapId, name: 'Two', note: 'second' });
    const list = await call('versions.list', { mapId });
    expect(list.map((v) => v.id)).toEqual([second.id, first.id]);
    expect(list[0]?.thumbnail).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from((list[0]?.thumbnail ?? '').split(',')[1] ?? '', 'base64').toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    const before = await call('versions.get', { id: first.id });

    tmp.reopen();
    expect((await call('versions.list', { mapId })).map((v) => v.name)).toEqual(['Two', 'One']);
    expect(await call('versions.get', { id: first.id })).toEqual(before);
  });

  it('renames and re-notes a version without touching its snapshot', async () => {
    const mapId = await seeded();
    const saved = await call('versions.save', { mapId, name: 'Old', note: 'n' });
    const before = await call('versions.get', { id: saved.id });
    const renamed = await call('versions.update', { id: saved.id, name: 'New' });
    expect(renamed).toMatchObject({ name: 'New', note: 'n' });
    const noted = await call('versions.update', { id: saved.id, note: 'after workshop' });
    expect(noted).toMatchObject({ name: 'New', note: 'after workshop' });
    expect((await call('versions.get', { id: saved.id })).snapshot).toEqual(before.snapshot);
    // The snapshot is not an input of update: an extra field is stripped, not written.
    await callResult('versions.update', { id: saved.id, snapshot: { map: null } });
    expect((await call('versions.get', { id: saved.id })).snapshot).toEqual(before.snapshot);
  });

  it('restores a version over the map, keeping its id, after auto-saving the current state', async () => {
    const mapId = await seeded();
    const original = await call('maps.get', { id: mapId });
    const saved = await call('versions.save', { mapId, name: 'Good', note: '' });

    await call('maps.applyChanges', {
      id: mapId,
      changes: {
        map: { name: 'Changed name' },
        upsert: { stages: [{ ...original.stages[1]!, name: 'Intent → Decision' }] },
        remove: { stageIds: [original.stages[2]!.id] },
      },
    });
    writeMetrics(mapId, 'v-p1', { 'v-s0': 1 });
    writeMetrics(mapId, 'v-p9', { 'v-s1': 9 });
    const edited = await call('versions.get', {
      id: (await call('versions.save', { mapId, name: 'x', note: '' })).id,
    });

    const result = await call('versions.restore', { id: saved.id });
    expect(result.restored.id).toBe(saved.id);
    expect(result.autoSaved.name).toMatch(/^Before restore \d{4}-\d\d-\d\d \d\d:\d\d$/);

    const restored = await call('maps.get', { id: mapId });
    expect(restored.id).toBe(mapId);
    expect(isEmptyDiff(diffMaps({ map: original }, { map: restored }))).toBe(true);
    expect(restored.updatedAt > original.updatedAt).toBe(true);

    // The auto-saved version holds the edited state, metrics included.
    const auto = await call('versions.get', { id: result.autoSaved.id });
    expect(isEmptyDiff(diffMaps(edited.snapshot, auto.snapshot))).toBe(true);
    expect(auto.snapshot.map.name).toBe('Changed name');
    expect(auto.snapshot.periods.map((p) => p.id).sort()).toEqual(['v-p1', 'v-p9']);

    // Metrics are the version's again: the later period is gone, the changed count is back.
    const now = await call('versions.save', { mapId, name: 'after', note: '' });
    const afterRestore = await call('versions.get', { id: now.id });
    expect(afterRestore.snapshot.periods.map((p) => p.id)).toEqual(['v-p1']);
    expect(afterRestore.snapshot.metrics.map((m) => m.count)).toEqual([1000, 400, 100]);

    const names = (await call('versions.list', { mapId })).map((v) => v.name);
    expect(names).toContain(result.autoSaved.name);
  });

  it('names the auto-saved version as the caller asks (the renderer localizes it)', async () => {
    const mapId = await seeded();
    const saved = await call('versions.save', { mapId, name: 'v1', note: '' });
    const result = await call('versions.restore', { id: saved.id, beforeRestoreName: '恢复前 2026-05-01' });
    expect(result.autoSaved.name).toBe('恢复前 2026-05-01');
  });

  it('duplicates a version as a new map with new ids everywhere, metrics remapped', async () => {
    const mapId = await seeded();
    const saved = await call('versions.save', { mapId, name: 'Keep', note: '' });
    const copy = await call('versions.duplicateAsMap', { id: saved.id, name: 'To-be' });
    expect(copy.id).not.toBe(mapId);
    expect(copy).toMatchObject({ name: 'To-be', stageCount: 3, cardCount: 6 });

    const a = await call('maps.get', { id: mapId });
    const b = await call('maps.get', { id: copy.id });
    const idsA = new Set([...a.stages, ...a.lanes, ...a.cards, ...a.connections].map((x) => x.id));
    for (const x of [...b.stages, ...b.lanes, ...b.cards, ...b.connections])
      expect(idsA.has(x.id)).toBe(false);
    expect(b.cards.map((c) => c.title)).toEqual(a.cards.map((c) => c.title));
    expect(b.connections).toHaveLength(2);

    const snapB = await call('versions.get', {
      id: (await call('versions.save', { mapId: copy.id, name: 's', note: '' })).id,
    });
    expect(snapB.snapshot.periods).toHaveLength(1);
    expect(snapB.snapshot.periods[0]?.id).not.toBe('v-p1');
    // Rows come back by stage id (random for the copy), so read them in stage order.
    const countOf = new Map(snapB.snapshot.metrics.map((m) => [m.stageId, m.count]));
    expect(b.stages.map((s) => countOf.get(s.id))).toEqual([1000, 400, 100]);
    expect(snapB.snapshot.metrics).toHaveLength(3);

    const defaultName = await call('versions.duplicateAsMap', { id: saved.id });
    expect(defaultName.name).toBe(`${a.name} (copy)`);
  });

  it('deletes a version, and deleting a map deletes its versions', async () => {
    const mapId = await seeded();
    const one = await call('versions.save', { mapId, name: 'One', note: '' });
    await call('versions.save', { mapId, name: 'Two', note: '' });
    expect(await call('versions.delete', { id: one.id })).toEqual({ id: one.id });
    expect((await call('versions.list', { mapId })).map((v) => v.name)).toEqual(['Two']);

    await call('maps.delete', { id: mapId });
    const db = new Database(tmp.library().path, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('refuses unknown ids with not_found and bad input with invalid_input, changing nothing', async () => {
    const mapId = await seeded();
    const saved = await call('versions.save', { mapId, name: 'Only', note: '' });
    for (const [name, input] of [
      ['versions.save', { mapId: 'nope', name: 'x' }],
      ['versions.list', { mapId: 'nope' }],
      ['versions.get', { id: 'nope' }],
      ['versions.update', { id: 'nope', name: 'x' }],
      ['versions.delete', { id: 'nope' }],
      ['versions.restore', { id: 'nope' }],
      ['versions.duplicateAsMap', { id: 'nope' }],
    ] as const) {
      const error = errorOf(await callResult(name, input));
      expect(error.code, name).toBe('not_found');
      expect(error.message).toContain('"nope"');
    }
    const blank = errorOf(await callResult('versions.save', { mapId, name: '   ' }));
    expect(blank).toMatchObject({ code: 'invalid_input', path: 'name' });
    const badId = errorOf(await callResult('versions.get', { id: '../etc' }));
    expect(badId).toMatchObject({ code: 'invalid_input', path: 'id' });
    const longNote = errorOf(await callResult('versions.update', { id: saved.id, note: 'x'.repeat(20_001) }));
    expect(longNote).toMatchObject({ code: 'invalid_input', path: 'note' });
    expect((await call('versions.list', { mapId })).map((v) => [v.name, v.note])).toEqual([['Only', '']]);
  });

  it('keeps the thumbnail under its size limit for a large map', async () => {
    const mapId = await seedMap(h(), makeMap({ stages: 10, lanes: 5, cardsPerCell: 40, idPrefix: 'big' }));
    await call('versions.save', { mapId, name: 'Big', note: '' });
    const [item] = await call('versions.list', { mapId });
    expect(item?.cardCount).toBe(2000);
    expect((item?.thumbnail ?? '').length).toBeLessThanOrEqual(200 * 1024);
  });
});
