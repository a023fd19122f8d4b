import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInThisContext } from 'node:vm';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES, ipcChannel } from '../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';

const ROOT = path.resolve(import.meta.dirname, '../..');
const APP_FRAME = { url: 'app://journey/index.html', parent: null };

type Fn = (...args: never[]) => unknown;

/**
 * A stand-in for the `electron` module (its binary cannot run here) that records what the real,
 * built main process does with it. Everything behind it is real: the backend on a real SQLite file
 * in a temp folder, the IPC binding, the app:// file server, the security policy.
 */
function fakeElectron(userData: string) {
  const appListeners = new Map<string, Fn[]>();
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const record = {
    sandboxEnabled: false,
    schemes: [] as unknown[],
    ipc: new Map<string, Fn>(),
    protocols: new Map<string, (request: Request) => Promise<Response>>(),
    headersListener: undefined as Fn | undefined,
    permissionRequest: undefined as Fn | undefined,
    permissionCheck: undefined as Fn | undefined,
    devicePermission: undefined as Fn | undefined,
    windows: [] as { options: Record<string, unknown>; url?: string }[],
    quitCalls: 0,
  };
  class BrowserWindow {
    options: Record<string, unknown>;
    url?: string;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      record.windows.push(this);
    }
    once(): void {}
    on(): void {}
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {}
    show(): void {}
    loadURL(url: string): Promise<void> {
      this.url = url;
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      enableSandbox: () => (record.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: Fn) =>
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]),
      whenReady: () => whenReady,
      getPath: (name: string) => {
        if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
        return userData;
      },
      getVersion: () => '9.9.9',
      quit: () => (record.quitCalls += 1),
      exit: (code: number) => {
        throw new Error(`app.exit(${code})`);
      },
    },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => record.schemes.push(...schemes) },
    ipcMain: {
      handle: (channel: string, listener: Fn) => {
        if (record.ipc.has(channel)) throw new Error(`${channel} bound twice`);
        record.ipc.set(channel, listener);
      },
      removeHandler: (channel: string) => record.ipc.delete(channel),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (listener: Fn) => (record.headersListener = listener) },
        setPermissionRequestHandler: (handler: Fn) => (record.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Fn) => (record.permissionCheck = handler),
        setDevicePermissionHandler: (handler: Fn) => (record.devicePermission = handler),
        protocol: {
          handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
            record.protocols.set(scheme, handler),
        },
      },
    },
    BrowserWindow,
  };
  const emit = (event: string, ...args: unknown[]): void => {
    for (const listener of appListeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  };
  return { electron, record, ready, emit };
}

let tmp: string;
let fake: ReturnType<typeof fakeElectron>;
const userData = (): string => path.join(tmp, 'user-data');

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'main-bundle-'));
  const outDir = path.join(tmp, 'main');
  // The real build of the main process, with the real config, into a temp copy of the out/ layout.
  delete process.env.ELECTRON_ENTRY;
  await build({
    configFile: path.join(ROOT, 'electron', 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, sourcemap: false },
  });
  mkdirSync(path.join(tmp, 'renderer'));
  writeFileSync(path.join(tmp, 'renderer', 'index.html'), '<!doctype html><title>built renderer</title>');

  fake = fakeElectron(userData());
  const nodeRequire = createRequire(path.join(ROOT, 'package.json'));
  const requireShim = (id: string): unknown => (id === 'electron' ? fake.electron : nodeRequire(id));
  const file = path.join(outDir, 'index.cjs');
  const wrapper = runInThisContext(
    `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`,
    { filename: file },
  ) as (...args: unknown[]) => void;
  const module = { exports: {} };
  wrapper(module.exports, requireShim, module, file, outDir);
}, 60_000);

afterAll(() => {
  fake?.emit('will-quit');
  rmSync(tmp, { recursive: true, force: true });
});

describe('the built Electron main process', () => {
  it('enables the sandbox and registers app:// as a standard, secure scheme before ready', () => {
    expect(fake.record.sandboxEnabled).toBe(true);
    expect(fake.record.schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(fake.record.windows).toHaveLength(0);
    expect(fake.record.ipc.size).toBe(0);
  });

  it('on ready: opens the library in userData, binds every operation once and opens a sandboxed window', async () => {
    fake.ready();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(path.join(userData(), 'library.sqlite'))).toBe(true);
    expect([...fake.record.ipc.keys()].sort()).toEqual(OPERATION_NAMES.map(ipcChannel).sort());

    const [window] = fake.record.windows;
    expect(window?.url).toBe('app://journey/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join(tmp, 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('answers IPC from the app window with real results and refuses anyone else', async () => {
    const create = fake.record.ipc.get(ipcChannel('maps.create')) as (
      e: unknown,
      i: unknown,
    ) => Promise<unknown>;
    const info = fake.record.ipc.get(ipcChannel('library.info')) as (
      e: unknown,
      i: unknown,
    ) => Promise<unknown>;
    await expect(
      create({ senderFrame: APP_FRAME }, { name: 'Desktop map', language: 'en' }),
    ).resolves.toMatchObject({
      ok: true,
      value: { name: 'Desktop map' },
    });
    await expect(info({ senderFrame: APP_FRAME }, {})).resolves.toMatchObject({
      ok: true,
      value: { path: path.join(userData(), 'library.sqlite'), appVersion: '9.9.9' },
    });
    await expect(
      create({ senderFrame: { url: 'https://evil.example/', parent: null } }, { name: 'x', language: 'en' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(create({ senderFrame: APP_FRAME }, { name: '', language: 'en' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: 'name' },
    });
  });

  it('serves the renderer folder on app:// with the CSP, and nothing outside it', async () => {
    const handler = fake.record.protocols.get('app');
    expect(handler).toBeDefined();
    const index = await handler!(new Request('app://journey/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('built renderer');
    const outside = await handler!(new Request('app://journey/..%2fmain%2findex.cjs'));
    expect(outside.status).toBe(403);
  });

  it('denies every permission and adds the CSP to HTTP responses', () => {
    const answers: boolean[] = [];
    (fake.record.permissionRequest as (...a: unknown[]) => void)({}, 'media', (allowed: boolean) =>
      answers.push(allowed),
    );
    (fake.record.permissionRequest as (...a: unknown[]) => void)({}, 'notifications', (allowed: boolean) =>
      answers.push(allowed),
    );
    expect(answers).toEqual([false, false]);
    expect((fake.record.permissionCheck as (...a: unknown[]) => unknown)({}, 'clipboard-read')).toBe(false);
    expect((fake.record.devicePermission as (...a: unknown[]) => unknown)({})).toBe(false);

    let headers: Record<string, string[]> | undefined;
    (fake.record.headersListener as (...a: unknown[]) => void)(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      (response: { responseHeaders: Record<string, string[]> }) => (headers = response.responseHeaders),
    );
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('hardens every web contents: foreign navigation cancelled, new windows and webviews denied', () => {
    const events = new Map<string, Fn>();
    let openHandler: Fn | undefined;
    const contents = {
      on: (event: string, listener: Fn) => events.set(event, listener),
      setWindowOpenHandler: (handler: Fn) => (openHandler = handler),
    };
    fake.emit('web-contents-created', {}, contents);
    const navigate = (event: string, url: string): boolean => {
      let prevented = false;
      (events.get(event) as (e: unknown) => void)({ url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'app://journey/index.html')).toBe(false);
    expect((openHandler as (d: unknown) => unknown)({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    expect(navigate('will-attach-webview', 'app://journey/index.html')).toBe(true);
  });

  it('closes the library when the app quits (the WAL is checkpointed away)', () => {
    const wal = path.join(userData(), 'library.sqlite-wal');
    expect(existsSync(wal)).toBe(true);
    fake.emit('will-quit');
    expect(existsSync(wal)).toBe(false);
  });
});
