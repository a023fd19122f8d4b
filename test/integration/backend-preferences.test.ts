import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { dispatchOperation, type ApiResult } from '../../shared/api';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/export';
import { inspectFile } from '../helpers/library-checks';
import { callOperation, useTempDir } from '../helpers/temp-library';

const tmp = useTempDir('jm-preferences-');

const preferenceRows = (file: string) =>
  inspectFile(file, (db) => db.prepare('SELECT map_id AS mapId, key FROM preferences ORDER BY key').all());

/** A tiny built renderer, so the host starts whether or not `npm run build:renderer` ran. */
function rendererFixture(): string {
  const dir = path.join(tmp.dir(), 'renderer');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  return dir;
}

async function call(host: WebHost, name: string, input: unknown): Promise<ApiResult<unknown>> {
  const response = await fetch(`${host.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-journey-token': host.token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as ApiResult<unknown>;
}

describe('preferences in the library', () => {
  it('a preference set before a host restart on another port is still set after it', async () => {
    const rendererDir = rendererFixture();
    const library = path.join(tmp.dir(), 'data');
    const first = await startWebHost({ dataDir: library, port: 0, rendererDir });
    const before = await call(first, 'preferences.set', { key: 'minimap', value: false });
    expect(before).toMatchObject({ ok: true, value: { user: { minimap: false } } });
    await first.close();

    // Hold the first port so the second host must get another one: a new origin for the browser.
    const blocker = await startWebHost({
      dataDir: path.join(tmp.dir(), 'other'),
      port: first.port,
      rendererDir,
    });
    const second = await startWebHost({ dataDir: library, port: 0, rendererDir });
    try {
      expect(second.port).not.toBe(first.port);
      expect(await call(second, 'preferences.get', {})).toEqual({
        ok: true,
        value: {
          user: {
            minimap: false,
            paletteCollapsed: false,
            inspectorCollapsed: false,
            librarySort: 'updated',
          },
          map: null,
        },
      });
    } finally {
      await second.close();
      await blocker.close();
    }
  });

  it('keeps per-map choices per map, with defaults for a map never exported', async () => {
    const lib = openLibrary({ dataDir: tmp.dir() });
    const h = lib.handlers;
    const a = await h['maps.create']({ name: 'A', templateId: 'sales-funnel', language: 'en' });
    const b = await h['maps.create']({ name: 'B', templateId: 'sales-funnel', language: 'en' });
    const letter = { ...DEFAULT_EXPORT_OPTIONS, format: 'pdf' as const, pageSize: 'Letter' as const };
    expect(await h['preferences.set']({ key: 'exportOptions', mapId: a.id, value: letter })).toEqual({
      user: { minimap: true, paletteCollapsed: false, inspectorCollapsed: false, librarySort: 'updated' },
      map: { exportOptions: letter },
    });
    expect(await h['preferences.get']({ mapId: b.id })).toEqual({
      user: { minimap: true, paletteCollapsed: false, inspectorCollapsed: false, librarySort: 'updated' },
      map: { exportOptions: DEFAULT_EXPORT_OPTIONS },
    });
    lib.close();

    const reopened = openLibrary({ dataDir: tmp.dir() });
    expect(await callOperation(reopened.handlers, 'preferences.get', { mapId: a.id })).toMatchObject({
      map: { exportOptions: letter },
    });
    reopened.close();
  });

  it('remembers folded side panels of the editor, unfolded by default, across a reopen', async () => {
    const lib = openLibrary({ dataDir: tmp.dir() });
    expect((await callOperation(lib.handlers, 'preferences.get', { mapId: null })).user).toEqual({
      minimap: true,
      paletteCollapsed: false,
      inspectorCollapsed: false,
      librarySort: 'updated',
    });
    await callOperation(lib.handlers, 'preferences.set', { key: 'paletteCollapsed', value: true });
    expect(
      await callOperation(lib.handlers, 'preferences.set', { key: 'inspectorCollapsed', value: true }),
    ).toEqual({
      user: { minimap: true, paletteCollapsed: true, inspectorCollapsed: true, librarySort: 'updated' },
      map: null,
    });
    lib.close();

    const reopened = openLibrary({ dataDir: tmp.dir() });
    expect((await callOperation(reopened.handlers, 'preferences.get', { mapId: null })).user).toMatchObject({
      paletteCollapsed: true,
      inspectorCollapsed: true,
    });
    reopened.close();
  });

  it('remembers the library order across a reopen, and refuses an order it does not know', async () => {
    const lib = openLibrary({ dataDir: tmp.dir() });
    expect(
      (await callOperation(lib.handlers, 'preferences.set', { key: 'librarySort', value: 'name' })).user
        .librarySort,
    ).toBe('name');
    const bad = await dispatchOperation(lib.handlers, 'preferences.set', {
      key: 'librarySort',
      value: 'size',
    });
    expect(bad.ok).toBe(false);
    lib.close();
    const reopened = openLibrary({ dataDir: tmp.dir() });
    expect(
      (await callOperation(reopened.handlers, 'preferences.get', { mapId: null })).user.librarySort,
    ).toBe('name');
    reopened.close();
  });

  it('deletes a map’s preferences with the map, the user’s stay', async () => {
    const lib = openLibrary({ dataDir: tmp.dir() });
    const h = lib.handlers;
    const map = await h['maps.create']({ name: 'Gone', templateId: 'sales-funnel', language: 'en' });
    await h['preferences.set']({ key: 'minimap', value: false });
    await h['preferences.set']({ key: 'exportOptions', mapId: map.id, value: DEFAULT_EXPORT_OPTIONS });
    await h['metrics.createPeriod']({
      mapId: map.id,
      name: 'Q1',
      startDate: null,
      endDate: null,
      source: 'x',
      activate: true,
    });
    expect(preferenceRows(lib.path)).toEqual([
      { mapId: map.id, key: 'exportOptions' },
      { mapId: map.id, key: 'metrics.activePeriod' },
      { mapId: null, key: 'minimap' },
    ]);

    await h['maps.delete']({ id: map.id });
    expect(preferenceRows(lib.path)).toEqual([{ mapId: null, key: 'minimap' }]);
    await expect(async () => h['preferences.get']({ mapId: map.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    lib.close();
  });

  it.each([
    [{ key: 'theme', value: 'dark' }, 'key'],
    [{ key: 'minimap', value: 'yes' }, 'value'],
    [{ key: 'paletteCollapsed', value: 1 }, 'value'],
    [{ key: 'inspectorCollapsed', value: true, mapId: 'm1' }, '(root)'],
    [{ key: 'minimap', value: true, mapId: 'm1' }, '(root)'],
    [{ key: 'exportOptions', value: DEFAULT_EXPORT_OPTIONS }, 'mapId'],
    [
      { key: 'exportOptions', mapId: 'm1', value: { ...DEFAULT_EXPORT_OPTIONS, pageSize: 'A9' } },
      'value.pageSize',
    ],
  ])('refuses %j with invalid_input on %s and stores nothing', async (input, errorPath) => {
    const lib = openLibrary({ dataDir: tmp.dir() });
    const result = await dispatchOperation(lib.handlers, 'preferences.set', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', path: errorPath } });
    expect(preferenceRows(lib.path)).toEqual([]);
    lib.close();
  });
});
