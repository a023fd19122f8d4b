import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../shared/domain';
import { TEMPLATE_IDS } from '../../shared/templates';
import { makeMap } from '../../shared/document/test-map';
import { seedMap } from '../helpers/seed-map';
import { errorOf, countRowsIn } from '../helpers/library-checks';
import { useTempLibrary } from '../helpers/temp-library';

// Every test gets its own library and leaves a sound file behind.
const tmp = useTempLibrary('jm-maps-');
const { call, callResult, h } = tmp;

const countRows = (table: string) => countRowsIn(tmp.library().path, table);

/** The map without the fields that a copy or a reload legitimately changes (ids, lineage). */
const content = (map: JourneyMap) => ({
  description: map.description,
  language: map.language,
  stages: map.stages.map(({ id: _id, originId: _o, ...rest }) => rest),
  lanes: map.lanes.map(({ id: _id, originId: _o, ...rest }) => rest),
  cards: map.cards.map(({ id: _id, originId: _o, stageId: _s, laneId: _l, ...rest }) => rest),
  connections: map.connections.map(({ id: _id, originId: _o, sourceId: _s, targetId: _t, ...rest }) => rest),
});

describe('maps.create', () => {
  for (const templateId of TEMPLATE_IDS) {
    it(`creates "${templateId}" fully in English and in Chinese`, async () => {
      const en = await call('maps.create', { name: 'EN', templateId, language: 'en' });
      const zh = await call('maps.create', { name: '中文', templateId, language: 'zh-CN' });
      const enMap = await call('maps.get', { id: en.id });
      const zhMap = await call('maps.get', { id: zh.id });
      const [enTemplate] = (await call('templates.list', { language: 'en' })).filter(
        (t) => t.id === templateId,
      );
      const [zhTemplate] = (await call('templates.list', { language: 'zh-CN' })).filter(
        (t) => t.id === templateId,
      );

      expect(enMap.language).toBe('en');
      expect(zhMap.language).toBe('zh-CN');
      expect(enMap.stages.map((s) => s.name)).toEqual(enTemplate?.stageNames);
      expect(zhMap.stages.map((s) => s.name)).toEqual(zhTemplate?.stageNames);
      expect(en.stageCount).toBe(enMap.stages.length);
      expect(en.cardCount).toBe(enMap.cards.length);
      // Same structure in both languages, but every visible text translated.
      expect(zhMap.cards.length).toBe(enMap.cards.length);
      const han = /\p{Script=Han}/u;
      for (const text of [
        ...zhMap.stages.map((s) => s.name),
        ...zhMap.lanes.map((l) => l.name),
        ...zhMap.cards.map((c) => c.title),
      ]) {
        expect(text, text).toMatch(han);
      }
      for (const text of [...enMap.stages.map((s) => s.name), ...enMap.cards.map((c) => c.title)]) {
        expect(text, text).not.toMatch(han);
      }
      // Every card sits in a stage and lane of its own map, emotion cards carry scores.
      const stageIds = new Set(enMap.stages.map((s) => s.id));
      const laneIds = new Set(enMap.lanes.map((l) => l.id));
      for (const card of enMap.cards) {
        expect(stageIds.has(card.stageId ?? '')).toBe(true);
        expect(laneIds.has(card.laneId ?? '')).toBe(true);
      }
      if (templateId !== 'blank') {
        expect(enMap.cards.filter((c) => c.kind === 'emotion').length).toBeGreaterThanOrEqual(
          enMap.stages.length,
        );
      }
    });
  }

  it('names the sales funnel stages and lanes as the workshop vocabulary does', async () => {
    const zh = await call('maps.create', { name: '漏斗', templateId: 'sales-funnel', language: 'zh-CN' });
    const map = await call('maps.get', { id: zh.id });
    expect(map.stages.map((s) => s.name)).toEqual(['认知', '兴趣', '考虑', '意向', '购买', '忠诚']);
    expect(map.lanes.map((l) => l.name)).toEqual(['用户行为', '触点', '情绪', '痛点', '机会点']);
  });

  it('uses the blank template by default and refuses an unknown template on path templateId', async () => {
    const created = await callResult('maps.create', { name: 'Default', language: 'en' });
    expect(created.ok && (created.value as { stageCount: number }).stageCount).toBe(3);
    const error = errorOf(await callResult('maps.create', { name: 'X', templateId: 'nope', language: 'en' }));
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe('templateId');
    expect(countRows('maps')).toBe(1);
  });

  it('refuses an empty name and an unknown language, naming the field', async () => {
    expect(errorOf(await callResult('maps.create', { name: '   ', language: 'en' }))).toMatchObject({
      code: 'invalid_input',
      path: 'name',
    });
    expect(errorOf(await callResult('maps.create', { name: 'A', language: 'fr' }))).toMatchObject({
      code: 'invalid_input',
      path: 'language',
    });
    expect(countRows('maps')).toBe(0);
  });
});

describe('maps.list', () => {
  it('lists newest change first with card and stage counts, and searches names case-insensitively', async () => {
    const a = await call('maps.create', { name: 'Onboarding Journey', templateId: 'blank', language: 'en' });
    const b = await call('maps.create', {
      name: '销售漏斗 2026',
      templateId: 'sales-funnel',
      language: 'zh-CN',
    });
    const c = await call('maps.create', { name: 'Café Visit', templateId: 'ecommerce', language: 'en' });
    await call('maps.rename', { id: a.id, name: 'Onboarding journey v2' });

    const all = await call('maps.list', {});
    expect(all.map((m) => m.id)).toEqual([a.id, c.id, b.id]);
    const funnel = all.find((m) => m.id === b.id);
    expect(funnel).toMatchObject({ stageCount: 6, name: '销售漏斗 2026', language: 'zh-CN' });
    expect(funnel?.cardCount).toBe((await call('maps.get', { id: b.id })).cards.length);
    expect(all.find((m) => m.id === a.id)).toMatchObject({ stageCount: 3, cardCount: 0 });

    expect((await call('maps.list', { query: 'ONBOARDING' })).map((m) => m.id)).toEqual([a.id]);
    expect((await call('maps.list', { query: '漏斗' })).map((m) => m.id)).toEqual([b.id]);
    expect((await call('maps.list', { query: 'cafe' })).map((m) => m.id)).toEqual([c.id]);
    expect((await call('maps.list', { query: '  ' })).length).toBe(3);
    expect(await call('maps.list', { query: '100%_' })).toEqual([]);
  });
});

describe('maps.get', () => {
  it('returns the whole map as stored, stages and lanes in order, cards by stage, lane and order', async () => {
    const factory = makeMap({ stages: 4, lanes: 3, cardsPerCell: 2, connections: 5 });
    const id = await seedMap(h(), factory);
    const map = await call('maps.get', { id });
    expect(map.stages).toEqual(factory.stages);
    expect(map.lanes).toEqual(factory.lanes);
    expect(map.cards).toEqual(factory.cards);
    expect(map.connections).toEqual(factory.connections);
  });

  it('says which id was not found', async () => {
    const error = errorOf(await callResult('maps.get', { id: 'missing-map' }));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('missing-map');
    expect(errorOf(await callResult('maps.get', { id: 'bad id!' }))).toMatchObject({
      code: 'invalid_input',
      path: 'id',
    });
  });
});

describe('maps.rename', () => {
  it('renames and bumps updatedAt; refuses an empty name or unknown id and changes nothing', async () => {
    const created = await call('maps.create', { name: 'Old', templateId: 'blank', language: 'en' });
    // Through the dispatcher, as every transport calls it: the input schema trims the name.
    const result = await callResult('maps.rename', { id: created.id, name: '  New name  ' });
    if (!result.ok) throw new Error(result.error.message);
    const renamed = result.value as typeof created;
    expect(renamed.name).toBe('New name');
    expect(renamed.updatedAt > created.updatedAt).toBe(true);

    expect(errorOf(await callResult('maps.rename', { id: created.id, name: '' }))).toMatchObject({
      code: 'invalid_input',
      path: 'name',
    });
    const missing = errorOf(await callResult('maps.rename', { id: 'nope', name: 'X' }));
    expect(missing.code).toBe('not_found');
    expect(missing.message).toContain('nope');
    expect((await call('maps.get', { id: created.id })).name).toBe('New name');
  });
});

describe('maps.duplicate', () => {
  it('deep-copies with new ids, same content and references remapped', async () => {
    const id = await seedMap(h(), makeMap({ stages: 3, lanes: 4, cardsPerCell: 2, connections: 8 }));
    const original = await call('maps.get', { id });
    const copySummary = await call('maps.duplicate', { id });
    expect(copySummary.name).toBe(`${original.name} (copy)`);
    expect(copySummary.cardCount).toBe(original.cards.length);
    const copy = await call('maps.get', { id: copySummary.id });

    expect(content(copy)).toEqual(content(original));
    const originalIds = new Set([
      original.id,
      ...original.stages.map((s) => s.id),
      ...original.lanes.map((l) => l.id),
      ...original.cards.map((c) => c.id),
      ...original.connections.map((c) => c.id),
    ]);
    for (const newId of [
      copy.id,
      ...copy.stages.map((s) => s.id),
      ...copy.lanes.map((l) => l.id),
      ...copy.cards.map((c) => c.id),
      ...copy.connections.map((c) => c.id),
    ]) {
      expect(originalIds.has(newId)).toBe(false);
    }
    // References point at the copy's own rows, in the same places as in the original.
    copy.cards.forEach((card, i) => {
      const was = original.cards[i];
      expect(copy.stages.findIndex((s) => s.id === card.stageId)).toBe(
        original.stages.findIndex((s) => s.id === was?.stageId),
      );
      expect(copy.lanes.findIndex((l) => l.id === card.laneId)).toBe(
        original.lanes.findIndex((l) => l.id === was?.laneId),
      );
    });
    const copyCardIds = copy.cards.map((c) => c.id);
    copy.connections.forEach((c, i) => {
      const was = original.connections[i];
      expect(copyCardIds.indexOf(c.sourceId)).toBe(original.cards.findIndex((x) => x.id === was?.sourceId));
      expect(copyCardIds.indexOf(c.targetId)).toBe(original.cards.findIndex((x) => x.id === was?.targetId));
    });

    // The two maps are independent: deleting the original leaves the copy whole.
    await call('maps.delete', { id });
    expect(await call('maps.get', { id: copy.id })).toEqual(copy);
  });

  it('names a Chinese copy with （副本） and accepts an explicit name', async () => {
    const zh = await call('maps.create', { name: '旅程', templateId: 'education', language: 'zh-CN' });
    expect((await call('maps.duplicate', { id: zh.id })).name).toBe('旅程（副本）');
    expect((await call('maps.duplicate', { id: zh.id, name: '第二版' })).name).toBe('第二版');
    expect(errorOf(await callResult('maps.duplicate', { id: 'gone' }))).toMatchObject({ code: 'not_found' });
  });

  it('keeps a long name within the limit', async () => {
    const long = 'x'.repeat(200);
    const created = await call('maps.create', { name: long, templateId: 'blank', language: 'en' });
    const copy = await call('maps.duplicate', { id: created.id });
    expect(copy.name.length).toBe(200);
    expect(copy.name.endsWith(' (copy)')).toBe(true);
  });
});

describe('maps.delete', () => {
  it('deletes the map and every child row, and says which id was not found', async () => {
    const keep = await seedMap(h(), makeMap({ idPrefix: 'keep', connections: 3 }));
    const gone = await seedMap(h(), makeMap({ idPrefix: 'gone', connections: 3 }));
    const keepBefore = await call('maps.get', { id: keep });

    expect(await call('maps.delete', { id: gone })).toEqual({ id: gone });
    expect(errorOf(await callResult('maps.get', { id: gone })).code).toBe('not_found');
    const tables = { maps: 1, stages: 3, lanes: 3, cards: 9, connections: 3 };
    for (const [table, count] of Object.entries(tables)) expect(countRows(table), table).toBe(count);
    expect(await call('maps.get', { id: keep })).toEqual(keepBefore);

    const again = errorOf(await callResult('maps.delete', { id: gone }));
    expect(again.code).toBe('not_found');
    expect(again.message).toContain(gone);
  });
});

describe('persistence', () => {
  it('keeps every map exactly after close and reopen', async () => {
    const a = await seedMap(
      h(),
      makeMap({ idPrefix: 'a', stages: 5, lanes: 3, cardsPerCell: 2, connections: 10 }),
    );
    const b = await call('maps.create', { name: '电商', templateId: 'ecommerce', language: 'zh-CN' });
    const before = [await call('maps.get', { id: a }), await call('maps.get', { id: b.id })];
    const listBefore = await call('maps.list', {});
    tmp.reopen();
    expect([await call('maps.get', { id: a }), await call('maps.get', { id: b.id })]).toEqual(before);
    expect(await call('maps.list', {})).toEqual(listBefore);
  });
});

describe('maps.thumbnail', () => {
  const svgOf = (url: string | null): string =>
    Buffer.from((url ?? '').replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8');

  it('draws each map from its own stages and cards, the same picture its saved version shows', async () => {
    const funnel = await call('maps.create', { name: 'Funnel', templateId: 'sales-funnel', language: 'en' });
    const blank = await call('maps.create', { name: 'Blank', templateId: 'blank', language: 'en' });
    const a = (await call('maps.thumbnail', { id: funnel.id })).thumbnail;
    const b = (await call('maps.thumbnail', { id: blank.id })).thumbnail;
    expect(a).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(b).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(a).not.toBe(b);
    // One block per card, no user text in the picture.
    const funnelMap = await call('maps.get', { id: funnel.id });
    expect(svgOf(a).match(/rx="8"/g)?.length).toBe(funnelMap.cards.length);
    expect(svgOf(a)).not.toContain(funnelMap.cards[0]?.title);
    // Same map, same bytes; and the version list draws it with the same renderer.
    expect((await call('maps.thumbnail', { id: funnel.id })).thumbnail).toBe(a);
    await call('versions.save', { mapId: funnel.id, name: 'Now', note: '' });
    const [version] = await call('versions.list', { mapId: funnel.id });
    expect(version?.thumbnail).toBe(a);
  });

  it('draws the map again once it changed', async () => {
    const funnel = await call('maps.create', { name: 'Funnel', templateId: 'sales-funnel', language: 'en' });
    const before = (await call('maps.thumbnail', { id: funnel.id })).thumbnail;
    const map = await call('maps.get', { id: funnel.id });
    const stage = map.stages[0];
    if (!stage) throw new Error('The template has stages.');
    await call('maps.applyChanges', {
      id: funnel.id,
      changes: { upsert: { stages: [{ ...stage, width: 640 }] } },
    });
    const after = (await call('maps.thumbnail', { id: funnel.id })).thumbnail;
    expect(after).not.toBe(before);
  });

  it('answers not_found for a map that is not in the library', async () => {
    const result = await callResult('maps.thumbnail', { id: 'no-such-map' });
    expect(errorOf(result).code).toBe('not_found');
  });
});
