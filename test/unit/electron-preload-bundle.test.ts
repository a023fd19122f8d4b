import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPOSED_API_KEY, OPERATION_NAMES, ipcChannel } from '../../shared/api/contract';

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

  it('exposes one object under journeyApi with one function per operation, and nothing else', async () => {
    // Electron cannot run here; these stand-ins record what the bundle hands to contextBridge and
    // what it sends through ipcRenderer.
    const exposed: Record<string, unknown> = {};
    const invoked: [string, unknown[]][] = [];
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
        on: () => expect.unreachable('the preload must not listen on ipcRenderer'),
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
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES].sort());
    for (const name of OPERATION_NAMES) {
      await expect(api[name]?.({ probe: name })).resolves.toEqual({ ok: true, value: null });
    }
    expect(invoked).toEqual(OPERATION_NAMES.map((name) => [ipcChannel(name), [{ probe: name }]]));
  });
});
