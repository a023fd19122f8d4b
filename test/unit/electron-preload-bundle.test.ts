import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPOSED_API_KEY, OPERATION_NAMES, ipcChannel } from '../../shared/api/contract';
import { APP_EVENT_CHANNEL, ON_APP_EVENT_KEY, type AppEvent, type OnAppEvent } from '../../shared/api/events';

const ROOT = path.resolve(import.meta.dirname, '../..');
let outDir: string;
let bundle: string;

// Builds the real preload with the real config (into a temp folder), as `npm run build:electron` does.
beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'preload-bundle-'));
  const previous = process.env.ELECTRON_ENTRY;
  process.env.ELECTRON_ENTRY = 'preload';
  try {
    await build({
      configFile: path.join(ROOT, 'electron', 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, sourcemap: false },
    });
  } finally {
    if (previous === undefined) delete process.env.ELECTRON_ENTRY;
    else process.env.ELECTRON_ENTRY = previous;
  }
  bundle = readFileSync(path.join(outDir, 'index.cjs'), 'utf8');
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the built preload (sandboxed)', () => {
  it('requires nothing but electron, as a sandboxed preload must', () => {
    const required = [...bundle.matchAll(/require\((["'])([^"']+)\1\)/g)].map((m) => m[2]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('exposes one object under journeyApi: one function per operation plus onAppEvent, nothing else', async () => {
    // Electron cannot run here; these stand-ins record what the bundle hands to contextBridge, what
    // it sends through ipcRenderer and what it listens to.
    const exposed: Record<string, unknown> = {};
    const invoked: [string, unknown[]][] = [];
    const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, value: unknown) => {
          exposed[key] = value;
        },
      },
      ipcRenderer: {
        invoke: (channel: string, ...args: unknown[]) => {
          invoked.push([channel, args]);
          return Promise.resolve({ ok: true, value: null });
        },
        send: () => expect.unreachable('the preload must not use ipcRenderer.send'),
        on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
          listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
        },
        removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
          listeners.set(
            channel,
            (listeners.get(channel) ?? []).filter((l) => l !== listener),
          );
        },
      },
    };
    const requireShim = (id: string): unknown => {
      if (id === 'electron') return electron;
      throw new Error(`The sandboxed preload required ${id}`);
    };
    const module = { exports: {} };
    runInNewContext(bundle, { require: requireShim, module, exports: module.exports, console });

    expect(Object.keys(exposed)).toEqual([EXPOSED_API_KEY]);
    const api = exposed[EXPOSED_API_KEY] as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES, ON_APP_EVENT_KEY].sort());
    for (const name of OPERATION_NAMES) {
      // Each returns a promise of plain data, never a function.
      const result = await api[name]?.({ probe: name });
      expect(result).toEqual({ ok: true, value: null });
    }
    expect(invoked).toEqual(OPERATION_NAMES.map((name) => [ipcChannel(name), [{ probe: name }]]));
    expect(listeners.size).toBe(0); // nothing listens until the page subscribes
  });

  it('onAppEvent hands the page only valid, parsed payloads (never the IPC event) and unsubscribes', () => {
    const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
    const electron = {
      contextBridge: { exposeInMainWorld: (_key: string, value: unknown) => (exposedBridge = value) },
      ipcRenderer: {
        invoke: () => Promise.resolve(null),
        on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
          listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
        },
        removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
          listeners.set(
            channel,
            (listeners.get(channel) ?? []).filter((l) => l !== listener),
          );
        },
      },
    };
    let exposedBridge: unknown;
    const module = { exports: {} };
    runInNewContext(bundle, { require: () => electron, module, exports: module.exports, console });
    const onAppEvent = (exposedBridge as Record<string, OnAppEvent>)[ON_APP_EVENT_KEY]!;

    const received: unknown[][] = [];
    const unsubscribe = onAppEvent((...args: unknown[]) => received.push(args));
    expect([...listeners.keys()]).toEqual([APP_EVENT_CHANNEL]);
    const ipcEvent = { sender: { send: () => {} }, senderId: 0 };
    const emit = (payload: unknown) => {
      for (const listener of listeners.get(APP_EVENT_CHANNEL) ?? []) listener(ipcEvent, payload);
    };
    const menu: AppEvent = { type: 'menu', command: 'file.exportPng' };
    emit(menu);
    emit({ type: 'menu', command: 'shell.exec' });
    emit({ type: 'languageChanged', language: 'zh-CN', extra: 'dropped' });
    emit('not an event');
    expect(received).toEqual([[menu], [{ type: 'languageChanged', language: 'zh-CN' }]]);

    unsubscribe();
    unsubscribe();
    expect(listeners.get(APP_EVENT_CHANNEL)).toEqual([]);
    emit(menu);
    expect(received).toHaveLength(2);
    expect(() => onAppEvent('not a function' as never)).toThrow(/needs a listener function/);
  });
});
