import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { errorOf } from '../helpers/library-checks';
import { useTempLibrary } from '../helpers/temp-library';

// The fixture every integration test stands on: calls must go the transports' way (input parsed
// with defaults, typed errors), and the library must survive a reopen on the same folder.
const tmp = useTempLibrary('jm-fixture-');
const { call, callResult } = tmp;

describe('useTempLibrary', () => {
  it('call parses the input: defaults are filled in and bad input is a typed ApiError', async () => {
    // templateId has a default in the contract; the raw handler would get `undefined` (blank is a template with stages).
    const created = await call('maps.create', { name: 'Defaults', language: 'en' });
    expect((await call('maps.get', { id: created.id })).stages.length).toBeGreaterThan(0);
    const refused = call('maps.create', { name: '', language: 'en' });
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(refused).rejects.toMatchObject({ code: 'invalid_input', path: 'name' });
    expect(errorOf(await callResult('maps.nope', {})).code).toBe('unknown_operation');
  });

  it('reopen keeps the folder and the data', async () => {
    const created = await call('maps.create', { name: 'Kept', language: 'zh-CN' });
    const dir = tmp.dataDir();
    tmp.reopen();
    expect(tmp.dataDir()).toBe(dir);
    expect(fs.existsSync(tmp.library().path)).toBe(true);
    expect((await call('maps.get', { id: created.id })).name).toBe('Kept');
  });
});
