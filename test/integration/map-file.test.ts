import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { normalizeMapFile } from '../../shared/export';
import { openLibrary } from '../../electron/backend';
import { errorOf } from '../helpers/library-checks';
import { callOperation, useTempLibrary } from '../helpers/temp-library';

// Every test gets its own library and leaves a sound file behind.
const tmp = useTempLibrary('jm-mapfile-');
const { call, callResult } = tmp;

const TABLES = [
  'maps',
  'stages',
  'lanes',
  'cards',
  'connections',
  'personas',
  'map_personas',
  'metric_periods',
  'stage_metrics',
  'versions',
] as const;

/** Row counts of every table, read through a separate connection (what is really on disk). */
function rowCounts(): Record<(typeof TABLES)[number], number> {
  const db = new Database(tmp.library().path, { readonly: true });
  try {
    return Object.fromEntries(
      TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
    ) as Record<(typeof TABLES)[number], number>;
  } finally {
    db.close();
  }
}

/** A Chinese sales-funnel map with a persona (list and card), a connection, numbers and a version. */
async function seedRichMap(): Promise<string> {
  const summary = await call('maps.create', {
    name: '销售漏斗 2026',
    templateId: 'sales-funnel',
    language: 'zh-CN',
  });
  const persona = await call('personas.create', { name: '王经理', role: '采购负责人', goals: ['降低成本'] });
  const map = await call('maps.get', { id: summary.id });
  const [first, second] = map.cards;
  if (!first || !second) throw new Error('template has cards');
  await call('maps.applyChanges', {
    id: map.id,
    changes: {
      map: { personaIds: [persona.id] },
      upsert: {
        cards: [
          {
            id: 'pcard1',
            kind: 'persona',
            personaId: persona.id,
            stageId: map.stages[0]!.id,
            laneId: map.lanes[0]!.id,
            order: 9,
            x: null,
            y: null,
            title: '王经理',
            text: '',
            tags: ['关键'],
          },
        ],
        connections: [{ id: 'conn1', sourceId: first.id, targetId: second.id, label: '下一步' }],
      },
    },
  });
  const metrics = await call('metrics.createPeriod', {
    mapId: map.id,
    name: '第三季度',
    startDate: '2026-07-01',
    endDate: '2026-09-30',
  });
  const periodId = metrics.periods[0]!.id;
  await call('metrics.setStageMetrics', {
    periodId,
    rows: map.stages.map((s, i) => ({ stageId: s.id, count: 10_000 - i * 1_500, metricLabel: '人数' })),
  });
  await call('versions.save', { mapId: map.id, name: '工作坊之前', note: '初稿' });
  return map.id;
}

describe('maps.exportFile / maps.importFile on a real library', () => {
  it('exports the map with its personas, periods, numbers and versions', async () => {
    const id = await seedRichMap();
    const { text, fileName } = await call('maps.exportFile', { id });
    expect(fileName).toBe('销售漏斗 2026.journeymap');
    const file = JSON.parse(text) as {
      format: string;
      schemaVersion: number;
      map: { id: string };
      personas: unknown[];
      periods: unknown[];
      metrics: unknown[];
      versions: unknown[];
    };
    expect(file.format).toBe('journey-map-file');
    expect(file.schemaVersion).toBe(1);
    expect(file.map.id).toBe(id);
    expect(file.personas).toHaveLength(1);
    expect(file.periods).toHaveLength(1);
    expect(file.metrics.length).toBeGreaterThan(3);
    expect(file.versions).toHaveLength(1);
  });

  it('export -> import -> export gives the same file except ids and times', async () => {
    const id = await seedRichMap();
    const first = (await call('maps.exportFile', { id })).text;
    // Import into a second, empty library so that names are not turned into "(copy)".
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jm-mapfile-other-'));
    const other = openLibrary({ dataDir: otherDir });
    try {
      const imported = await callOperation(other.handlers, 'maps.importFile', {
        text: first,
        fileName: 'a.journeymap',
      });
      expect(imported.repairs).toEqual([]);
      expect(imported.personasCreated).toBe(1);
      expect(imported.map.id).not.toBe(id);
      const second = (await callOperation(other.handlers, 'maps.exportFile', { id: imported.map.id })).text;
      // The imported rows remember the exported ones (lineage); apart from that, the same file.
      const withoutLineage = (text: string): unknown =>
        JSON.parse(text, (key, value: unknown) => (key === 'originId' ? undefined : value));
      expect(normalizeMapFile(withoutLineage(second))).toEqual(normalizeMapFile(withoutLineage(first)));
      const firstMap = JSON.parse(first) as { map: { cards: { id: string }[] } };
      const secondMap = JSON.parse(second) as { map: { cards: { id: string }[] } };
      const oldIds = new Set(firstMap.map.cards.map((c) => c.id));
      expect(secondMap.map.cards.some((c) => oldIds.has(c.id))).toBe(false);
    } finally {
      other.close();
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('importing a map whose id exists makes a copy with new ids and reuses the identical persona', async () => {
    const id = await seedRichMap();
    const { text } = await call('maps.exportFile', { id });
    const before = rowCounts();
    const imported = await call('maps.importFile', { text, fileName: 'x.journeymap' });
    expect(imported.map.id).not.toBe(id);
    expect(imported.map.name).toBe('销售漏斗 2026（副本）');
    expect(imported.personasReused).toBe(1);
    expect(imported.personasCreated).toBe(0);
    const after = rowCounts();
    expect(after.maps).toBe(before.maps + 1);
    expect(after.personas).toBe(before.personas);
    expect(after.cards).toBe(before.cards * 2);
    expect(after.stage_metrics).toBe(before.stage_metrics * 2);
    expect(after.versions).toBe(before.versions * 2);
    const original = await call('maps.get', { id });
    const copy = await call('maps.get', { id: imported.map.id });
    expect(copy.personaIds).toEqual(original.personaIds);
    expect(copy.cards.map((c) => c.title)).toEqual(original.cards.map((c) => c.title));
    expect(copy.connections[0]!.sourceId).toBe(
      copy.cards.find((c) => c.title === original.cards[0]!.title)!.id,
    );
    // The imported version restores over the copy, never over the original.
    const [version] = await call('versions.list', { mapId: imported.map.id });
    await call('versions.restore', { id: version!.id });
    expect((await call('maps.get', { id })).cards).toHaveLength(original.cards.length);
    const metrics = await call('metrics.listPeriods', { mapId: imported.map.id });
    expect(metrics.periods[0]!.metrics.every((m) => copy.stages.some((s) => s.id === m.stageId))).toBe(true);
  });

  it('a changed persona with the same id is imported as a new persona, not over the library one', async () => {
    const id = await seedRichMap();
    const file = JSON.parse((await call('maps.exportFile', { id })).text) as {
      personas: { id: string; name: string }[];
    };
    file.personas[0]!.name = '李总';
    const before = rowCounts();
    const imported = await call('maps.importFile', { text: JSON.stringify(file) });
    expect(imported.personasCreated).toBe(1);
    expect(rowCounts().personas).toBe(before.personas + 1);
    const names = (await call('personas.list', {})).map((p) => p.name).sort();
    expect(names).toEqual(['李总', '王经理'].sort());
  });

  it('writes nothing on any error: bad reference, newer version, bad avatar, huge field, too large', async () => {
    const id = await seedRichMap();
    const good = JSON.parse((await call('maps.exportFile', { id })).text) as Record<string, unknown>;
    // `any`: each case edits a different deep field of untyped JSON; typing every path buys nothing here.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const variant = (edit: (f: Record<string, any>) => void): string => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const copy = JSON.parse(JSON.stringify(good)) as Record<string, any>;
      edit(copy);
      return JSON.stringify(copy);
    };
    const before = rowCounts();
    const cases: [string, string, string][] = [
      [variant((f) => (f.map.cards[3].stageId = 'nowhere')), 'invalid_input', 'map.cards.3.stageId'],
      [variant((f) => (f.schemaVersion = 2)), 'unsupported_version', 'schemaVersion'],
      [variant((f) => delete f.map.stages), 'invalid_input', 'map.stages'],
      [
        variant((f) => (f.map.cards[0].text = 'x'.repeat(10 * 1024 * 1024))),
        'invalid_input',
        'map.cards.0.text',
      ],
      [
        variant(
          (f) =>
            (f.personas[0].avatarImage = `data:image/png;base64,${Buffer.from('<svg/>').toString('base64')}`),
        ),
        'invalid_input',
        'personas.0.avatarImage',
      ],
      // A metric of a stage the map lacks fails late (after the map rows would be written).
      [variant((f) => (f.metrics[0].stageId = 'gone')), 'invalid_input', 'metrics.0.stageId'],
    ];
    for (const [text, code, at] of cases) {
      const error = errorOf(await callResult('maps.importFile', { text }));
      expect(error.code, at).toBe(code);
      expect(error.path).toBe(at);
      expect(rowCounts()).toEqual(before);
    }
    const tooLarge = errorOf(await callResult('maps.importFile', { text: ' '.repeat(50 * 1024 * 1024 + 1) }));
    expect(tooLarge.code).toBe('too_large');
    expect(rowCounts()).toEqual(before);
  });

  it('a failure inside the transaction rolls everything back', async () => {
    const id = await seedRichMap();
    const text = (await call('maps.exportFile', { id })).text;
    const before = rowCounts();
    // A trigger makes the very last write (the version) fail: map, cards and metrics must go too.
    const db = new Database(tmp.library().path);
    db.exec(
      `CREATE TRIGGER refuse_versions BEFORE INSERT ON versions BEGIN SELECT RAISE(ABORT, 'refused'); END;`,
    );
    db.close();
    const result = await callResult('maps.importFile', { text });
    expect(result.ok).toBe(false);
    expect(rowCounts()).toEqual(before);
  });

  it('a file with __proto__ and constructor keys is imported with them stripped and no prototype polluted', async () => {
    const id = await seedRichMap();
    const text = (await call('maps.exportFile', { id })).text
      .replace('"format"', '"__proto__": { "polluted": "yes" }, "format"')
      .replace(
        '"stages": [\n      {',
        '"stages": [\n      { "constructor": { "prototype": { "polluted": "yes" } },',
      );
    const before = rowCounts();
    const imported = await call('maps.importFile', { text });
    expect(imported.repairs.reduce((sum, r) => sum + r.count, 0)).toBeGreaterThanOrEqual(2);
    expect(imported.repairs.map((r) => r.params?.key)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(rowCounts().maps).toBe(before.maps + 1);
    const copy = await call('maps.get', { id: imported.map.id });
    expect(Object.getPrototypeOf(copy.stages[0])).toBe(Object.prototype);
  });

  it('unknown map id for export is not_found', async () => {
    expect(errorOf(await callResult('maps.exportFile', { id: 'missing' })).code).toBe('not_found');
  });
});

/**
 * A map's content by names instead of ids: what every whole-map write must carry over unchanged
 * (stages, lanes, cards in their cells, connections, personas, periods and their numbers).
 */
async function contentByName(mapId: string) {
  const map = await call('maps.get', { id: mapId });
  const stage = new Map(map.stages.map((s) => [s.id, s.name]));
  const lane = new Map(map.lanes.map((l) => [l.id, l.name]));
  const card = new Map(map.cards.map((c) => [c.id, c.title]));
  const metrics = await call('metrics.listPeriods', { mapId });
  return {
    stages: map.stages.map((s) => s.name),
    lanes: map.lanes.map((l) => l.name),
    cards: map.cards.map((c) => [c.title, stage.get(c.stageId ?? ''), lane.get(c.laneId ?? ''), c.tags]),
    connections: map.connections.map((k) => [card.get(k.sourceId), card.get(k.targetId), k.label]),
    personas: [map.personaIds, map.cards.flatMap((c) => (c.kind === 'persona' ? [c.personaId] : []))],
    periods: metrics.periods.map((p) => [
      p.name,
      p.startDate,
      p.metrics.map((m) => [stage.get(m.stageId), m.count, m.metricLabel]),
    ]),
  };
}

describe('one write path for whole maps', () => {
  it('duplicate, import, duplicate-as-map and restore all write the same content', async () => {
    const id = await seedRichMap();
    const original = await contentByName(id);
    const [version] = await call('versions.list', { mapId: id });

    const duplicate = await call('maps.duplicate', { id });
    const imported = await call('maps.importFile', { text: (await call('maps.exportFile', { id })).text });
    const fromVersion = await call('versions.duplicateAsMap', { id: version!.id });
    for (const copy of [duplicate.id, imported.map.id, fromVersion.id]) {
      expect(await contentByName(copy)).toEqual(original);
    }

    // Restore over a changed map: the stage, its cards and its numbers come back; nothing else stays.
    const map = await call('maps.get', { id });
    await call('maps.applyChanges', { id, changes: { remove: { stageIds: [map.stages[0]!.id] } } });
    expect(await contentByName(id)).not.toEqual(original);
    await call('versions.restore', { id: version!.id });
    expect(await contentByName(id)).toEqual(original);
  });
});
