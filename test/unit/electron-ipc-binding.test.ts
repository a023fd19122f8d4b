import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../electron/backend';
import { bindOperations, createOperationHandler, type InvokeEventLike } from '../../electron/main/ipc';
import { APP_ENTRY_URL } from '../../electron/main/url-policy';
import { buildExposedApi } from '../../electron/preload/exposed-api';
import { OPERATION_NAMES, ipcChannel } from '../../shared/api/contract';

let tmp: string;
let library: Library;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'ipc-binding-'));
  library = openLibrary({ dataDir: tmp });
});
afterAll(() => {
  library.close();
  rmSync(tmp, { recursive: true, force: true });
});

const fromApp: InvokeEventLike = { senderFrame: { url: APP_ENTRY_URL, parent: null } };

type Listener = (event: InvokeEventLike, input: unknown) => Promise<unknown>;

/**
 * Electron's ipcMain cannot run here (no Electron binary), so this registrar records what the
 * binding registers; the handlers behind it are the real ones, on a real library file.
 */
function recordingIpcMain(): {
  handle(channel: string, listener: Listener): void;
  removeHandler(c: string): void;
  listeners: Map<string, Listener>;
  registrations: string[];
} {
  const listeners = new Map<string, Listener>();
  const registrations: string[] = [];
  return {
    listeners,
    registrations,
    handle(channel, listener) {
      registrations.push(channel);
      listeners.set(channel, listener);
    },
    removeHandler(channel) {
      listeners.delete(channel);
    },
  };
}

describe('createOperationHandler', () => {
  it('runs the operation for our top-level app frame', async () => {
    const handler = createOperationHandler('maps.list', library.handlers);
    expect(await handler(fromApp, {})).toEqual({ ok: true, value: expect.any(Array) });
  });

  it.each([
    ['a destroyed frame', { senderFrame: null }],
    [
      'an iframe of our origin',
      { senderFrame: { url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL, parent: null } } },
    ],
    ['a foreign page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a look-alike origin', { senderFrame: { url: 'app://journey.evil/index.html', parent: null } }],
    ['a file page', { senderFrame: { url: 'file:///etc/passwd', parent: null } }],
  ])('refuses %s with forbidden and changes nothing', async (_label, event) => {
    const create = createOperationHandler('maps.create', library.handlers);
    const list = createOperationHandler('maps.list', library.handlers);
    const before = (await list(fromApp, {})) as { value: unknown[] };
    const result = await create(event as InvokeEventLike, { name: 'Intruder', language: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const after = (await list(fromApp, {})) as { value: unknown[] };
    expect(after.value).toHaveLength(before.value.length);
  });

  it('refuses a sender whose frame getter throws (frame gone mid-flight)', async () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    const result = await createOperationHandler('maps.list', library.handlers)(event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('parses the input with its schema and names the bad field', async () => {
    const result = await createOperationHandler('maps.rename', library.handlers)(fromApp, {
      id: 'x',
      name: '',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'name' } });
  });

  it('maps service errors to the result shape', async () => {
    const result = await createOperationHandler('maps.get', library.handlers)(fromApp, { id: 'no-such-map' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('bindOperations', () => {
  it('binds every contract operation exactly once, on its own channel, and unbinds them', () => {
    const ipc = recordingIpcMain();
    const unbind = bindOperations(ipc, library.handlers);
    expect(ipc.registrations.sort()).toEqual(OPERATION_NAMES.map(ipcChannel).sort());
    unbind();
    expect(ipc.listeners.size).toBe(0);
  });
});

describe('buildExposedApi (the preload surface)', () => {
  const ipc = recordingIpcMain();
  beforeAll(() => {
    bindOperations(ipc, library.handlers);
  });
  // The preload's invoke, wired to the channels the main process bound (as ipcRenderer.invoke is).
  const invoke = (channel: string, input: unknown): Promise<unknown> => {
    const listener = ipc.listeners.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return listener(fromApp, input);
  };

  it('has exactly one function per operation and nothing else', () => {
    const api = buildExposedApi(invoke);
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES].sort());
    for (const name of OPERATION_NAMES) expect(typeof api[name]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('returns, for every operation, a promise of a plain result that survives the bridge', async () => {
    const api = buildExposedApi(invoke) as unknown as Record<string, (input: unknown) => unknown>;
    for (const name of OPERATION_NAMES) {
      const pending = api[name]?.({});
      expect(pending).toBeInstanceOf(Promise);
      const result = (await pending) as { ok: boolean };
      expect(typeof result.ok).toBe('boolean');
      // What contextBridge can carry: plain data, no functions, no class instances.
      expect(structuredClone(result)).toEqual(result);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    }
  });

  it('round-trips a real edit through preload, binding and backend', async () => {
    const api = buildExposedApi(invoke);
    const created = await api['maps.create']({ name: 'Via preload', language: 'en' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const renamed = await api['maps.rename']({ id: created.value.id, name: 'Renamed via preload' });
    expect(renamed).toMatchObject({ ok: true, value: { name: 'Renamed via preload' } });
  });

  it('forwards one input to its own channel only', async () => {
    const calls: [string, unknown[]][] = [];
    const api = buildExposedApi((...args: unknown[]) => {
      calls.push([args[0] as string, args.slice(1)]);
      return Promise.resolve({ ok: true, value: null });
    });
    await (api['maps.get'] as (...a: unknown[]) => Promise<unknown>)({ id: 'a' }, 'extra', () => {});
    expect(calls).toEqual([['api:maps.get', [{ id: 'a' }]]]);
  });
});
