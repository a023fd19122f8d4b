import Database from 'better-sqlite3';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { addCard, addPersonaToMap, createCard } from '../../shared/document';
import { errorOf } from '../helpers/library-checks';
import { useTempLibrary } from '../helpers/temp-library';

// Every test gets its own library and leaves a sound file behind.
const tmp = useTempLibrary('jm-personas-');
const { call, callResult } = tmp;

const query = <T>(sql: string, ...params: unknown[]): T => {
  const db = new Database(tmp.library().path, { readonly: true });
  try {
    return db
      .prepare(sql)
      .pluck()
      .get(...params) as T;
  } finally {
    db.close();
  }
};

/** A real 2x2 PNG made by an encoder, as a data URL. */
function tinyPngDataUrl(): string {
  const png = new PNG({ width: 2, height: 2 });
  png.data.fill(200);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}
const JPEG_BYTES = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);
const WEBP_BYTES = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x1a, 0, 0, 0]),
  Buffer.from('WEBPVP8L'),
  Buffer.alloc(14, 1),
]);
const dataUrl = (mime: string, bytes: Buffer) => `data:${mime};base64,${bytes.toString('base64')}`;

/** A map with the persona on its list and one persona card pointing at it, saved through the API. */
async function mapUsing(personaId: string, name: string): Promise<string> {
  const summary = await call('maps.create', { name, templateId: 'sales-funnel', language: 'en' });
  const map = await call('maps.get', { id: summary.id });
  const stage = map.stages[0];
  const lane = map.lanes[0];
  if (!stage || !lane) throw new Error('template without stages or lanes');
  const card = createCard('persona', { title: 'Buyer', personaId });
  const edited = addCard(addPersonaToMap(map, personaId), card, { stageId: stage.id, laneId: lane.id });
  const placed = edited.cards.find((c) => c.id === card.id);
  await call('maps.applyChanges', {
    id: map.id,
    changes: { map: { personaIds: edited.personaIds }, upsert: { cards: placed ? [placed] : [] } },
  });
  return map.id;
}

describe('persona CRUD', () => {
  it('creates with defaults, gets, updates some fields and lists by name', async () => {
    const zoe = await call('personas.create', { name: 'Zoe', role: 'Buyer', goals: ['Save time'] });
    const amy = await call('personas.create', { name: 'Amy' });
    expect(zoe).toMatchObject({ name: 'Zoe', role: 'Buyer', avatarImage: null, avatarColor: '#5b6cf0' });
    expect(await call('personas.get', { id: zoe.id })).toEqual(zoe);

    const updated = await call('personas.update', { id: zoe.id, quote: '“Make it quick”', needs: ['A, B'] });
    expect(updated).toMatchObject({ name: 'Zoe', role: 'Buyer', quote: '“Make it quick”', needs: ['A, B'] });
    expect(updated.goals).toEqual(['Save time']);
    expect(updated.updatedAt > zoe.updatedAt).toBe(true);
    expect(await call('personas.get', { id: zoe.id })).toEqual(updated);

    const list = await call('personas.list', {});
    expect(list.map((p) => [p.name, p.usageCount])).toEqual([
      ['Amy', 0],
      ['Zoe', 0],
    ]);
    expect(list[0]?.id).toBe(amy.id);
  });

  it('refuses bad input with the field path and changes nothing', async () => {
    expect(errorOf(await callResult('personas.create', { name: '  ' }))).toMatchObject({
      code: 'invalid_input',
      path: 'name',
    });
    expect(errorOf(await callResult('personas.create', { name: 'A', avatarColor: 'red' }))).toMatchObject({
      code: 'invalid_input',
      path: 'avatarColor',
    });
    expect(errorOf(await callResult('personas.get', { id: 'missing' }))).toMatchObject({ code: 'not_found' });
    expect(errorOf(await callResult('personas.update', { id: 'missing', name: 'X' }))).toMatchObject({
      code: 'not_found',
    });
    expect(query<number>('SELECT count(*) FROM personas')).toBe(0);
  });
});

describe('persona usage and delete', () => {
  it('counts the maps that use a persona and lists them', async () => {
    const p = await call('personas.create', { name: 'Lin' });
    const a = await mapUsing(p.id, 'Map A');
    await mapUsing(p.id, 'Map B');
    const onlyListed = await call('maps.create', { name: 'Map C', templateId: 'blank', language: 'en' });
    await call('maps.applyChanges', { id: onlyListed.id, changes: { map: { personaIds: [p.id] } } });

    expect((await call('personas.list', {}))[0]?.usageCount).toBe(3);
    const usage = await call('personas.usage', { id: p.id });
    expect(usage.map((u) => [u.mapName, u.personaCards])).toEqual([
      ['Map A', 1],
      ['Map B', 1],
      ['Map C', 0],
    ]);
    // Duplicating a map keeps the reference: personas are library records.
    await call('maps.duplicate', { id: a });
    expect((await call('personas.list', {}))[0]?.usageCount).toBe(4);
  });

  it('refuses to delete a used persona with conflict, naming how many maps, and keeps it', async () => {
    const p = await call('personas.create', { name: 'Lin' });
    await mapUsing(p.id, 'Map A');
    await mapUsing(p.id, 'Map B');
    const error = errorOf(await callResult('personas.delete', { id: p.id }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('2 maps');
    expect(query<number>('SELECT count(*) FROM personas')).toBe(1);
    expect(query<number>('SELECT count(*) FROM map_personas')).toBe(2);
  });

  it('with force, takes it off the maps and unlinks persona cards, which keep their text', async () => {
    const p = await call('personas.create', { name: 'Lin' });
    const a = await mapUsing(p.id, 'Map A');
    const before = await call('maps.get', { id: a });
    const result = await call('personas.delete', { id: p.id, force: true });
    expect(result).toEqual({ id: p.id, mapsUpdated: 1 });
    const after = await call('maps.get', { id: a });
    expect(after.personaIds).toEqual([]);
    const card = after.cards.find((c) => c.kind === 'persona');
    expect(card).toMatchObject({ title: 'Buyer', personaId: null });
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect(query<number>('SELECT count(*) FROM cards WHERE persona_id IS NOT NULL')).toBe(0);
    expect(errorOf(await callResult('personas.get', { id: p.id })).code).toBe('not_found');
  });

  it('deletes an unused persona without force', async () => {
    const p = await call('personas.create', { name: 'Lin' });
    expect(await call('personas.delete', { id: p.id, force: false })).toEqual({ id: p.id, mapsUpdated: 0 });
    expect(errorOf(await callResult('personas.delete', { id: p.id })).code).toBe('not_found');
  });
});

describe('avatar images', () => {
  it('stores a real PNG, a JPEG and a WebP, and clears back to initials', async () => {
    const png = tinyPngDataUrl();
    const p = await call('personas.create', { name: 'Pic', avatarImage: png });
    expect((await call('personas.get', { id: p.id })).avatarImage).toBe(png);
    const jpeg = dataUrl('image/jpeg', JPEG_BYTES);
    expect((await call('personas.update', { id: p.id, avatarImage: jpeg })).avatarImage).toBe(jpeg);
    const webp = dataUrl('image/webp', WEBP_BYTES);
    expect((await call('personas.update', { id: p.id, avatarImage: webp })).avatarImage).toBe(webp);
    expect((await call('personas.update', { id: p.id, avatarImage: null })).avatarImage).toBeNull();
  });

  const refused: [string, () => string][] = [
    ['a PNG data URL whose bytes are a JPEG', () => dataUrl('image/png', JPEG_BYTES)],
    ['an SVG', () => dataUrl('image/png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))],
    ['an SVG data URL', () => dataUrl('image/svg+xml', Buffer.from('<svg/>'))],
    [
      'an HTML file renamed',
      () => dataUrl('image/png', Buffer.from('<html><script>alert(1)</script></html>')),
    ],
    [
      'a 600 KB PNG',
      () => {
        const head = Buffer.from(tinyPngDataUrl().split(',')[1] ?? '', 'base64');
        return dataUrl('image/png', Buffer.concat([head, Buffer.alloc(600 * 1024)]));
      },
    ],
    [
      'a file a little over 512 KB',
      () =>
        dataUrl(
          'image/png',
          Buffer.concat([
            Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
            Buffer.alloc(512 * 1024),
          ]),
        ),
    ],
    ['not base64', () => 'data:image/png;base64,<script>'],
  ];
  for (const [what, make] of refused) {
    it(`refuses ${what} on path avatarImage, storing nothing`, async () => {
      const created = errorOf(await callResult('personas.create', { name: 'Bad', avatarImage: make() }));
      expect(created).toMatchObject({ code: 'invalid_input', path: 'avatarImage' });
      const p = await call('personas.create', { name: 'Good' });
      const updated = errorOf(await callResult('personas.update', { id: p.id, avatarImage: make() }));
      expect(updated).toMatchObject({ code: 'invalid_input', path: 'avatarImage' });
      expect((await call('personas.get', { id: p.id })).avatarImage).toBeNull();
      expect(query<number>('SELECT count(*) FROM personas')).toBe(1);
    });
  }
});
