import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { compareDocuments, describeDiff } from '../../shared/diff';
import type { JourneyMap } from '../../shared/domain';
import { MIGRATIONS, openLibrary } from '../../electron/backend';
import { makeMap } from '../../shared/document/test-map';
import { seedMap } from '../helpers/seed-map';
import { callOperation, useTempLibrary } from '../helpers/temp-library';

// Every test gets its own library and leaves a sound file behind.
const tmp = useTempLibrary('jm-lineage-');
const { call, h } = tmp;

/** `origin_id` of every row of a map, read straight from the SQLite file: table -> id -> origin. */
function originsInFile(mapId: string): Record<string, Record<string, string | null>> {
  const db = new Database(tmp.library().path, { readonly: true });
  try {
    const result: Record<string, Record<string, string | null>> = {};
    for (const table of ['stages', 'lanes', 'cards', 'connections']) {
      const rows = db.prepare(`SELECT id, origin_id FROM ${table} WHERE map_id = ?`).all(mapId) as {
        id: string;
        origin_id: string | null;
      }[];
      result[table] = Object.fromEntries(rows.map((r) => [r.id, r.origin_id]));
    }
    return result;
  } finally {
    db.close();
  }
}

/** The rows of a map as [kind of row, id, originId], in display order. */
const lineage = (map: JourneyMap) =>
  [
    ...map.stages.map((s) => ['stage', s.id, s.originId] as const),
    ...map.lanes.map((l) => ['lane', l.id, l.originId] as const),
    ...map.cards.map((c) => ['card', c.id, c.originId] as const),
    ...map.connections.map((k) => ['connection', k.id, k.originId] as const),
  ].map(([kind, , origin]) => [kind, origin]);

const idsOf = (map: JourneyMap) =>
  [
    ...map.stages.map((s) => ['stage', s.id] as const),
    ...map.lanes.map((l) => ['lane', l.id] as const),
    ...map.cards.map((c) => ['card', c.id] as const),
    ...map.connections.map((k) => ['connection', k.id] as const),
  ].map(([kind, id]) => [kind, id]);

async function seeded(): Promise<JourneyMap> {
  const id = await seedMap(
    h(),
    makeMap({ idPrefix: 'orig', stages: 3, lanes: 2, cardsPerCell: 1, connections: 3 }),
  );
  return call('maps.get', { id });
}

describe('migration 0030: origin ids', () => {
  it('is the last migration and adds a nullable origin_id to stages, lanes, cards and connections', () => {
    const db = new Database(tmp.library().path, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
      expect(MIGRATIONS.some((m) => m.version === 30 && m.name === 'origin-ids')).toBe(true);
      for (const table of ['stages', 'lanes', 'cards', 'connections']) {
        const columns = db.pragma(`table_info(${table})`) as { name: string; notnull: number }[];
        expect(columns.find((c) => c.name === 'origin_id')).toMatchObject({ notnull: 0 });
      }
    } finally {
      db.close();
    }
  });

  it('upgrades a library made before it: rows keep their content and have no origin', async () => {
    tmp.reopen({
      beforeOpen: (dataDir) => {
        // Replace the library with one made by the app before 0030.
        fs.rmSync(dataDir, { recursive: true, force: true });
        openLibrary({ dataDir, migrations: MIGRATIONS.filter((m) => m.version < 30) }).close();
        // Rows as the app before 0030 wrote them (it had no origin_id column to write).
        const raw = new Database(path.join(dataDir, 'library.sqlite'));
        const t = '2026-01-01T00:00:00.000Z';
        raw.exec(`
          INSERT INTO maps (id, name, language, created_at, updated_at) VALUES ('old', 'Old', 'en', '${t}', '${t}');
          INSERT INTO stages (id, map_id, position, name, width) VALUES ('old-s', 'old', 0, 'Awareness', 320);
          INSERT INTO lanes (id, map_id, position, name, kind, height) VALUES ('old-l', 'old', 0, 'Notes', 'notes', 180);
          INSERT INTO cards (id, map_id, stage_id, lane_id, kind, title) VALUES ('old-c', 'old', 'old-s', 'old-l', 'note', 'Kept');
        `);
        raw.close();
      },
    });
    const map = await call('maps.get', { id: 'old' });
    expect(map.cards).toEqual([
      {
        id: 'old-c',
        kind: 'note',
        stageId: 'old-s',
        laneId: 'old-l',
        order: 0,
        x: null,
        y: null,
        title: 'Kept',
        text: '',
        tags: [],
      },
    ]);
    expect(lineage(map)).toEqual([
      ['stage', undefined],
      ['lane', undefined],
      ['card', undefined],
    ]);
  });
});

describe('copies keep their lineage', () => {
  it('maps.duplicate: each copied row remembers its original, in the file too; a copy of a copy the first original', async () => {
    const original = await seeded();
    const copy = await call('maps.get', { id: (await call('maps.duplicate', { id: original.id })).id });
    expect(lineage(copy)).toEqual(idsOf(original));
    const inFile = originsInFile(copy.id);
    expect(Object.values(inFile.cards ?? {}).sort()).toEqual(original.cards.map((c) => c.id).sort());
    // The original itself was made from scratch.
    expect(Object.values(originsInFile(original.id).cards ?? {}).every((o) => o === null)).toBe(true);

    const copyOfCopy = await call('maps.get', { id: (await call('maps.duplicate', { id: copy.id })).id });
    expect(lineage(copyOfCopy)).toEqual(idsOf(original));
  });

  it('editing the copy (the autosave upsert, which sends no origin) keeps the origin', async () => {
    const original = await seeded();
    const copy = await call('maps.get', { id: (await call('maps.duplicate', { id: original.id })).id });
    const card = copy.cards[0];
    if (!card) throw new Error('no card');
    const { originId: _dropped, ...sent } = card;
    await call('maps.applyChanges', {
      id: copy.id,
      changes: { upsert: { cards: [{ ...sent, title: 'Edited in the copy' }] } },
    });
    const after = await call('maps.get', { id: copy.id });
    expect(after.cards.find((c) => c.id === card.id)).toMatchObject({
      title: 'Edited in the copy',
      originId: original.cards[0]?.id,
    });
  });

  it('versions.duplicateAsMap: the new map remembers the rows of the version', async () => {
    const original = await seeded();
    const saved = await call('versions.save', { mapId: original.id, name: 'As-is', note: '' });
    const copy = await call('maps.get', {
      id: (await call('versions.duplicateAsMap', { id: saved.id, name: 'To-be' })).id,
    });
    expect(lineage(copy)).toEqual(idsOf(original));
    // A version of the copy freezes the lineage with it.
    const version = await call('versions.save', { mapId: copy.id, name: 'v1', note: '' });
    const snapshot = (await call('versions.get', { id: version.id })).snapshot;
    expect(lineage(snapshot.map)).toEqual(idsOf(original));
  });

  it('export and import: the imported map remembers the exported ids, even in another library', async () => {
    const original = await seeded();
    const copy = await call('maps.get', { id: (await call('maps.duplicate', { id: original.id })).id });
    const fromOriginal = await call('maps.exportFile', { id: original.id });
    const fromCopy = await call('maps.exportFile', { id: copy.id });
    // A copy's file carries its lineage; the original's has none to carry.
    expect(JSON.parse(fromCopy.text)).toMatchObject({
      map: { cards: copy.cards.map((c) => ({ originId: c.originId })) },
    });

    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jm-lineage-other-'));
    const other = openLibrary({ dataDir: otherDir });
    try {
      const imported = await callOperation(other.handlers, 'maps.importFile', { text: fromOriginal.text });
      const map = await callOperation(other.handlers, 'maps.get', { id: imported.map.id });
      expect(lineage(map)).toEqual(idsOf(original));
      // Importing a copy's file points at the first original, like a copy of a copy.
      const importedCopy = await callOperation(other.handlers, 'maps.importFile', { text: fromCopy.text });
      const copyMap = await callOperation(other.handlers, 'maps.get', { id: importedCopy.map.id });
      expect(lineage(copyMap)).toEqual(idsOf(original));
    } finally {
      other.close();
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  });
});

describe('comparing a map with its duplicate', () => {
  it('after one edit lists exactly that edit, and the funnel numbers pair up by stage', async () => {
    const original = await seeded();
    const { periods } = await call('metrics.createPeriod', { mapId: original.id, name: 'Q1' });
    const periodId = periods[0]?.id ?? '';
    await call('metrics.setStageMetrics', {
      periodId,
      rows: original.stages.map((s, i) => ({ stageId: s.id, count: [1000, 400, 100][i] ?? 0 })),
    });
    const copyId = (await call('maps.duplicate', { id: original.id })).id;
    const copy = await call('maps.get', { id: copyId });
    const card = copy.cards[1];
    if (!card) throw new Error('no card');
    await call('maps.applyChanges', {
      id: copyId,
      changes: { upsert: { cards: [{ ...card, title: 'To-be title' }] } },
    });

    const asIs = await call('versions.current', { mapId: original.id });
    const toBe = await call('versions.current', { mapId: copyId });
    const { diff, b } = compareDocuments(asIs, toBe);
    const entries = describeDiff(diff, asIs, b);
    expect(entries.map((e) => [e.kind, e.itemType, e.itemId, e.after])).toEqual([
      ['renamed', 'card', original.cards[1]?.id, 'To-be title'],
    ]);
    // The copy's period and its numbers are the original's, under the original's stage ids.
    const counts = (metrics: readonly { stageId: string; count: number | null }[]) =>
      metrics.map((m) => [m.stageId, m.count]).sort();
    expect(counts(b.metrics)).toEqual(counts(asIs.metrics));
    expect(b.periods.map((p) => p.id)).toEqual(asIs.periods.map((p) => p.id));
  });
});
