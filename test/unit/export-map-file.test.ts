import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import {
  buildMapFile,
  MAP_FILE_MAX_CHARS,
  mapFileName,
  normalizeMapFile,
  parseMapFile,
  type MapFileContent,
} from '../../shared/export';
import { buildTemplateMap } from '../../shared/templates';

function sampleContent(): MapFileContent {
  let n = 0;
  const map = buildTemplateMap('sales-funnel', 'zh-CN', '销售漏斗', {
    makeId: () => `id${++n}`,
    now: '2026-01-01T00:00:00.000Z',
  });
  const period = {
    id: 'p1',
    mapId: map.id,
    name: '第三季度',
    startDate: '2026-07-01',
    endDate: '2026-09-30',
    source: 'manual',
    provenance: null,
    createdAt: '2026-01-02T00:00:00.000Z',
  };
  return {
    map: { ...map, personaIds: ['persona1'] },
    personas: [
      {
        id: 'persona1',
        name: '王经理',
        role: '采购',
        avatarImage: null,
        avatarColor: '#5b6cf0',
        quote: '',
        goals: ['省钱'],
        needs: [],
        frustrations: [],
        demographics: '',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ],
    periods: [period],
    metrics: map.stages.map((s, i) => ({
      periodId: 'p1',
      stageId: s.id,
      metricLabel: '人数',
      count: 1000 - i * 150,
      targetConversion: null,
      avgDaysInStage: null,
      lossReasons: '',
    })),
    versions: [],
    app: { name: 'Journey Maps', version: '1.0.0' },
    exportedAt: '2026-03-03T00:00:00.000Z',
  };
}

const fileObject = (): Record<string, unknown> =>
  JSON.parse(buildMapFile(sampleContent())) as Record<string, unknown>;
const text = (o: unknown): string => JSON.stringify(o);

function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a refusal');
}

describe('map file: build and parse', () => {
  it('parses what it builds, unchanged', () => {
    const content = sampleContent();
    const { file, repairs } = parseMapFile(buildMapFile(content));
    expect(repairs.list()).toEqual([]);
    expect(file.map).toEqual(content.map);
    expect(file.personas).toEqual(content.personas);
    expect(file.metrics).toEqual(content.metrics);
    expect(buildMapFile({ ...content, map: file.map, personas: file.personas })).toBe(buildMapFile(content));
  });

  it('repairs missing optional fields with defaults and keeps unknown envelope fields', () => {
    const o = fileObject();
    const map = o.map as Record<string, unknown>;
    const cards = map.cards as Record<string, unknown>[];
    delete cards[0]!.text;
    delete cards[0]!.tags;
    delete (map.stages as Record<string, unknown>[])[0]!.width;
    delete map.createdAt;
    delete o.versions;
    delete o.app;
    o.futureField = { kept: true };
    const { file } = parseMapFile(text(o));
    expect(file.map.cards[0]!.text).toBe('');
    expect(file.map.cards[0]!.tags).toEqual([]);
    expect(file.map.stages[0]!.width).toBe(320);
    expect(file.versions).toEqual([]);
    expect(file.app.name).toBe('unknown');
    expect(file.futureField).toEqual({ kept: true });
  });

  it('normalised, two files differing only in ids and times are equal', () => {
    const a = fileObject();
    const b = JSON.parse(
      text(a)
        .replace(/"(id\d+|persona1|p1)"/g, '"new-$1"')
        .replaceAll('2026-01-0', '2027-05-0'),
    ) as unknown;
    expect(normalizeMapFile(b)).toEqual(normalizeMapFile(a));
    const c = fileObject();
    ((c.map as { cards: { title: string }[] }).cards[2] as { title: string }).title = 'changed';
    expect(normalizeMapFile(c)).not.toEqual(normalizeMapFile(a));
  });

  it('names files after the map without characters file systems refuse', () => {
    expect(mapFileName('销售漏斗 / Q3: "plan"?')).toBe('销售漏斗 Q3 plan .journeymap'.replace(' .', '.'));
    expect(mapFileName('...', '.png')).toBe('journey-map.png');
  });
});

describe('map file: hostile and broken files are refused with the bad field named', () => {
  it('not JSON, not an object, wrong format', () => {
    expect(refusal(() => parseMapFile('{oops')).code).toBe('invalid_input');
    expect(refusal(() => parseMapFile('[1,2]')).code).toBe('invalid_input');
    const wrong = refusal(() => parseMapFile(text({ ...fileObject(), format: 'drawio' })));
    expect(wrong.path).toBe('format');
    expect(wrong.message).toContain('not a journey map file');
  });

  it('a newer schemaVersion is unsupported_version, a nonsense one invalid_input', () => {
    const newer = refusal(() => parseMapFile(text({ ...fileObject(), schemaVersion: 2 })));
    expect(newer.code).toBe('unsupported_version');
    expect(newer.message).toContain('newer version');
    const bad = refusal(() => parseMapFile(text({ ...fileObject(), schemaVersion: '1' })));
    expect(bad.code).toBe('invalid_input');
    expect(bad.path).toBe('schemaVersion');
  });

  it('missing stages', () => {
    const o = fileObject();
    delete (o.map as Record<string, unknown>).stages;
    expect(refusal(() => parseMapFile(text(o))).path).toBe('map.stages');
    const empty = fileObject();
    const m = empty.map as Record<string, unknown>;
    m.stages = [];
    m.cards = [];
    m.connections = [];
    expect(refusal(() => parseMapFile(text(empty))).path).toBe('map.stages');
  });

  it('a card pointing at a stage that does not exist', () => {
    const o = fileObject();
    ((o.map as { cards: { stageId: string }[] }).cards[3] as { stageId: string }).stageId = 'nowhere';
    const error = refusal(() => parseMapFile(text(o)));
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe('map.cards.3.stageId');
    expect(error.message).toContain('map.cards.3.stageId');
  });

  it('metrics of a missing period or stage, duplicate ids, dangling connections', () => {
    const a = fileObject();
    (a.metrics as { stageId: string }[])[1]!.stageId = 'gone';
    expect(refusal(() => parseMapFile(text(a))).path).toBe('metrics.1.stageId');
    const b = fileObject();
    const cards = (b.map as { cards: { id: string }[] }).cards;
    cards[1]!.id = cards[0]!.id;
    expect(refusal(() => parseMapFile(text(b))).path).toBe('map.cards.1.id');
    const c = fileObject();
    (c.map as { connections: unknown[] }).connections = [{ id: 'c1', sourceId: 'gone', targetId: 'gone2' }];
    expect(refusal(() => parseMapFile(text(c))).path).toBe('map.connections.0.sourceId');
  });

  it('10 MB of text in one field is refused by the limits', () => {
    const o = fileObject();
    ((o.map as { cards: { title: string }[] }).cards[0] as { title: string }).title = 'x'.repeat(
      10 * 1024 * 1024,
    );
    const error = refusal(() => parseMapFile(text(o)));
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe('map.cards.0.title');
  });

  it('a file over 50 MB is too_large before it is parsed', () => {
    const huge = ' '.repeat(MAP_FILE_MAX_CHARS + 1);
    expect(refusal(() => parseMapFile(huge)).code).toBe('too_large');
  });

  it('__proto__ and constructor keys are stripped without polluting any prototype', () => {
    const json = buildMapFile(sampleContent())
      .replace(
        '"format"',
        '"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "format"',
      )
      .replace(
        '"stages": [',
        '"stages": [{"__proto__": {"polluted": "yes"}, "id": "extra", "name": "Extra"},',
      );
    const { file, repairs } = parseMapFile(json);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(file)).toBe(Object.prototype);
    expect(Object.hasOwn(file, '__proto__')).toBe(false);
    expect(Object.hasOwn(file, 'constructor')).toBe(false);
    expect((file.map.stages[0] as Record<string, unknown>).polluted).toBeUndefined();
    expect(file.map.stages[0]!.id).toBe('extra');
    expect(repairs.list().reduce((sum, r) => sum + r.count, 0)).toBeGreaterThanOrEqual(3);
  });
});
