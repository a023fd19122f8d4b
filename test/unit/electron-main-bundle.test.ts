import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInThisContext } from 'node:vm';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES, ipcChannel } from '../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { APP_EVENT_CHANNEL } from '../../shared/api/events';
import { createWebPreferences } from '../../electron/main/web-preferences';

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
    windows: [] as {
      options: Record<string, unknown>;
      url?: string;
      webContents: { sent: [string, unknown][]; native: string[]; url: string; listeners: Map<string, Fn> };
      listeners: Map<string, Fn>;
    }[],
    quitCalls: 0,
    menus: [] as unknown[][],
    opened: [] as string[],
    messageBoxes: [] as unknown[],
    printed: [] as { url: string; options: unknown }[],
    /** What the next save dialog answers; null = the user cancels. */
    savePath: null as string | null,
  };
  class WebContents {
    listeners = new Map<string, Fn>();
    url = '';
    sent: [string, unknown][] = [];
    native: string[] = [];
    on(event: string, listener: Fn): this {
      this.listeners.set(event, listener);
      return this;
    }
    isDestroyed(): boolean {
      return false;
    }
    getURL(): string {
      return this.url;
    }
    send(channel: string, payload: unknown): void {
      this.sent.push([channel, payload]);
    }
    reload(): void {}
    executeJavaScript(): Promise<string> {
      return Promise.resolve('ready');
    }
    printToPDF(options: unknown): Promise<Buffer> {
      record.printed.push({ url: this.url, options });
      return Promise.resolve(Buffer.from('%PDF-1.7 stand-in'));
    }
    undo(): void {
      this.native.push('undo');
    }
    copy(): void {
      this.native.push('copy');
    }
  }
  class BrowserWindow {
    options: Record<string, unknown>;
    url?: string;
    webContents = new WebContents();
    listeners = new Map<string, Fn>();
    constructor(options: Record<string, unknown>) {
      this.options = options;
      record.windows.push(this);
    }
    once(): void {}
    on(event: string, listener: Fn): void {
      this.listeners.set(event, listener);
    }
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    isMaximized(): boolean {
      return false;
    }
    getNormalBounds() {
      return { x: 40, y: 50, width: 1000, height: 700 };
    }
    maximize(): void {}
    destroy(): void {
      this.destroyed = true;
    }
    destroyed = false;
    restore(): void {}
    focus(): void {}
    show(): void {}
    loadURL(url: string): Promise<void> {
      this.url = url;
      this.webContents.url = url;
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
      isPackaged: true,
      isReady: () => true,
      getPath: (name: string) => {
        if (name === 'documents') return path.join(userData, 'Documents');
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
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (menu: unknown[]) => record.menus.push(menu),
    },
    dialog: {
      showErrorBox: (title: string, message: string) => {
        throw new Error(`error box: ${title}: ${message}`);
      },
      showMessageBox: (...args: unknown[]) => {
        record.messageBoxes.push(args.at(-1));
        return Promise.resolve({ response: 0 });
      },
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () =>
        Promise.resolve(
          record.savePath ? { canceled: false, filePath: record.savePath } : { canceled: true },
        ),
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    shell: {
      openExternal: (url: string) => {
        record.opened.push(url);
        return Promise.resolve();
      },
    },
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

/**
 * Fires `ready` (once) and waits until the main process has opened the library, bound the IPC and
 * loaded its window. Every test that needs the started app calls it, so each one also runs alone
 * (`-t "answers IPC"`) and not only after the test that used to fire `ready` for all of them.
 */
let readyFired = false;
async function appReady(): Promise<void> {
  if (!readyFired) {
    readyFired = true;
    fake.ready();
  }
  await vi.waitFor(() => expect(fake.record.windows[0]?.url).toBeDefined(), { timeout: 5_000, interval: 5 });
}

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
    await appReady();
    expect(existsSync(path.join(userData(), 'library.sqlite'))).toBe(true);
    expect([...fake.record.ipc.keys()].sort()).toEqual(OPERATION_NAMES.map(ipcChannel).sort());

    const [window] = fake.record.windows;
    expect(window?.url).toBe('app://journey/index.html');
    // Exactly the reviewed preferences; packaged build, so no DevTools.
    expect(window?.options.webPreferences).toEqual(
      createWebPreferences(path.join(tmp, 'preload', 'index.cjs'), { devTools: false }),
    );
    expect(window?.options).toMatchObject({ x: 260, y: 90, width: 1400, height: 900 });
  });

  it('answers IPC from the app window with real results and refuses anyone else', async () => {
    await appReady();
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
    await appReady();
    const handler = fake.record.protocols.get('app');
    expect(handler).toBeDefined();
    const index = await handler!(new Request('app://journey/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('built renderer');
    const outside = await handler!(new Request('app://journey/..%2fmain%2findex.cjs'));
    expect(outside.status).toBe(403);
  });

  it('denies every permission and adds the CSP to HTTP responses', async () => {
    await appReady();
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
    let devToolsClosed = 0;
    const contents = {
      on: (event: string, listener: Fn) => events.set(event, listener),
      setWindowOpenHandler: (handler: Fn) => (openHandler = handler),
      closeDevTools: () => (devToolsClosed += 1),
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
    expect(navigate('will-frame-navigate', 'https://evil.example/')).toBe(true);

    // Allowed links go to the user's browser or mail client; everything else goes nowhere.
    (openHandler as (d: unknown) => unknown)({ url: 'mailto:team@example.com' });
    (openHandler as (d: unknown) => unknown)({ url: 'file:///etc/passwd' });
    (openHandler as (d: unknown) => unknown)({ url: 'http://example.com/' });
    // (the https page the window was kept from navigating to above opened in the browser instead)
    expect(fake.record.opened).toEqual([
      'https://evil.example/',
      'https://example.com/',
      'mailto:team@example.com',
    ]);
    navigate('will-navigate', 'https://docs.example/help');
    navigate('will-navigate', 'javascript:alert(1)');
    expect(fake.record.opened.at(-1)).toBe('https://docs.example/help');

    // Packaged build: DevTools are closed as soon as anything opens them.
    (events.get('devtools-opened') as () => void)();
    expect(devToolsClosed).toBe(1);
  });

  type Invoke = (
    e: unknown,
    i: unknown,
  ) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
  const op = (name: Parameters<typeof ipcChannel>[0]) => fake.record.ipc.get(ipcChannel(name)) as Invoke;
  type MenuItem = {
    id?: string;
    enabled?: boolean;
    checked?: boolean;
    click?: () => void;
    submenu?: MenuItem[];
  };
  const menuItem = (id: string): MenuItem => {
    const walk = (items: MenuItem[]): MenuItem | undefined => {
      for (const item of items) {
        if (item.id === id) return item;
        const found = walk(item.submenu ?? []);
        if (found) return found;
      }
      return undefined;
    };
    const found = walk((fake.record.menus.at(-1) ?? []) as MenuItem[]);
    if (!found) throw new Error(`menu item ${id} missing`);
    return found;
  };
  const sent = () => fake.record.windows[0]!.webContents.sent;
  /** What the page does once it listens for app events: it reports its menu state. */
  const pageListens = async (): Promise<void> => {
    await appReady();
    await op('desktop.setMenuState')({ senderFrame: APP_FRAME }, { editorOpen: false });
  };

  it('installs the application menu, and holds menu events until the page says it listens', async () => {
    await appReady();
    expect(fake.record.menus.length).toBeGreaterThan(0);
    expect(menuItem('file.exportPng').enabled).toBe(false);
    menuItem('file.newMap').click?.();
    expect(sent()).toEqual([]);

    await expect(
      op('desktop.setMenuState')({ senderFrame: APP_FRAME }, { editorOpen: true, canUndo: true }),
    ).resolves.toEqual({ ok: true, value: { applied: true } });
    expect(sent()).toEqual([[APP_EVENT_CHANNEL, { type: 'menu', command: 'file.newMap' }]]);
    expect(menuItem('file.exportPng').enabled).toBe(true);
    expect(menuItem('edit.undo').enabled).toBe(true);
    menuItem('edit.undo').click?.();
    expect(sent().at(-1)).toEqual([APP_EVENT_CHANNEL, { type: 'menu', command: 'edit.undo' }]);

    // In a text field, Edit acts natively on the page instead.
    await op('desktop.setMenuState')({ senderFrame: APP_FRAME }, { editorOpen: true, textEditing: true });
    menuItem('edit.copy').click?.();
    expect(fake.record.windows[0]!.webContents.native).toEqual(['copy']);
  });

  it('switches the language from the menu: stored in the settings, page told, menu relabelled', async () => {
    await pageListens();
    menuItem('view.language.zh-CN').click?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(op('settings.get')({ senderFrame: APP_FRAME }, {})).resolves.toMatchObject({
      value: { language: 'zh-CN' },
    });
    expect(sent().at(-1)).toEqual([APP_EVENT_CHANNEL, { type: 'languageChanged', language: 'zh-CN' }]);
    expect(menuItem('view.language.zh-CN').checked).toBe(true);
  });

  it('shows the versions, library path and log folder in About, and writes a log file', async () => {
    await appReady();
    menuItem('help.about').click?.();
    const box = fake.record.messageBoxes.at(-1) as { detail: string };
    expect(box.detail).toContain(`Library: ${path.join(userData(), 'library.sqlite')}`);
    expect(box.detail).toContain(`Logs: ${path.join(userData(), 'logs')}`);
    expect(box.detail).toMatch(/Node\.js \d+/);
    expect(readFileSync(path.join(userData(), 'logs', 'main.log'), 'utf8')).toMatch(
      /INFO Started Journey Map Editor/,
    );
  });

  it('answers the desktop operations as the desktop app (dialogs cancelled here change nothing)', async () => {
    await appReady();
    await expect(op('app.capabilities')({ senderFrame: APP_FRAME }, {})).resolves.toEqual({
      ok: true,
      value: { nativeDialogs: true, printToPdf: true, librarySwitch: true, workshopSession: true },
    });
    await expect(op('desktop.info')({ senderFrame: APP_FRAME }, {})).resolves.toMatchObject({
      ok: true,
      value: { desktop: true, logDir: path.join(userData(), 'logs') },
    });
    await expect(
      op('files.saveAs')(
        { senderFrame: APP_FRAME },
        { suggestedName: 'map.journeymap', content: { kind: 'text', text: '{}' } },
      ),
    ).resolves.toEqual({ ok: true, value: { saved: false, path: null } });
    await expect(op('files.open')({ senderFrame: APP_FRAME }, {})).resolves.toEqual({
      ok: true,
      value: { file: null },
    });
    await expect(op('library.move')({ senderFrame: APP_FRAME }, {})).resolves.toEqual({
      ok: true,
      value: { switched: false, path: null },
    });
  });

  it('prints a print view to PDF in a hidden sandboxed window and saves it where the user chose, atomically', async () => {
    await appReady();
    fake.record.savePath = path.join(tmp, 'out', 'Checkout.pdf');
    mkdirSync(path.join(tmp, 'out'), { recursive: true });
    const hash = '#/print/map_1?page=A4&orientation=landscape';
    await expect(
      op('files.printToPdf')(
        { senderFrame: APP_FRAME },
        { printHash: hash, suggestedName: '../../Checkout.pdf' },
      ),
    ).resolves.toEqual({ ok: true, value: { saved: true, path: fake.record.savePath } });
    expect(readFileSync(fake.record.savePath, 'utf8')).toBe('%PDF-1.7 stand-in');
    const printWindow = fake.record.windows.at(-1) as unknown as {
      options: Record<string, unknown>;
      destroyed: boolean;
    };
    expect(printWindow.options).toMatchObject({ show: false });
    expect(printWindow.options.webPreferences).toEqual(
      createWebPreferences(path.join(tmp, 'preload', 'index.cjs'), { devTools: false }),
    );
    expect(printWindow.destroyed).toBe(true);
    expect(fake.record.printed).toEqual([
      { url: `app://journey/index.html${hash}`, options: { preferCSSPageSize: true, printBackground: true } },
    ]);
    // The compare view prints the same way (its change list and overlay, issue 6).
    const compare = '#/compare?a=version:v_1&b=map:map_1';
    await expect(
      op('files.printToPdf')(
        { senderFrame: APP_FRAME },
        { printHash: compare, suggestedName: 'Compare.pdf' },
      ),
    ).resolves.toMatchObject({ ok: true, value: { saved: true } });
    expect(fake.record.printed.at(-1)).toMatchObject({ url: `app://journey/index.html${compare}` });
    // Only a print or compare view of our own app can be printed.
    for (const printHash of [
      '#/map/x',
      'https://evil.example/',
      '#/print/x?a=<script>',
      '#/compare?a=map:x&b=map:y&next=https://evil.example',
      '#/compare?a=file:x&b=map:y',
    ]) {
      await expect(
        op('files.printToPdf')({ senderFrame: APP_FRAME }, { printHash, suggestedName: 'x.pdf' }),
      ).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'printHash' } });
    }
    fake.record.savePath = null;
  });

  it('a second launch with a map file hands the file to the page', async () => {
    await pageListens();
    const file = path.join(tmp, 'Shared map.journeymap');
    writeFileSync(file, '{"format":"journeymap"}');
    fake.emit('second-instance', {}, ['/opt/app/journey-map-editor', 'Shared map.journeymap'], tmp);
    expect(sent().at(-1)).toEqual([
      APP_EVENT_CHANNEL,
      { type: 'openFile', fileName: 'Shared map.journeymap', text: '{"format":"journeymap"}' },
    ]);
  });

  it('remembers the window bounds and the open map when the window closes', async () => {
    await appReady();
    const window = fake.record.windows[0]!;
    window.webContents.url = 'app://journey/index.html#/map/map_42';
    (window.listeners.get('close') as () => void)();
    expect(JSON.parse(readFileSync(path.join(userData(), 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 40, y: 50, width: 1000, height: 700 },
      maximized: false,
      lastMapId: 'map_42',
    });
  });

  it('lets the window close although the editor asked to stay (its pending save is already sent)', async () => {
    await appReady();
    const window = fake.record.windows[0]!;
    const listener = window.webContents.listeners.get('will-prevent-unload') as
      ((event: { preventDefault(): void }) => void) | undefined;
    expect(listener).toBeTypeOf('function');
    let prevented = false;
    listener!({ preventDefault: () => void (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('closes the library when the app quits (the WAL is checkpointed away)', async () => {
    await appReady();
    // Something written, so there is a WAL to checkpoint however few tests ran before.
    await expect(
      op('maps.create')({ senderFrame: APP_FRAME }, { name: 'Before quitting', language: 'en' }),
    ).resolves.toMatchObject({ ok: true });
    const wal = path.join(userData(), 'library.sqlite-wal');
    expect(existsSync(wal)).toBe(true);
    fake.emit('will-quit');
    expect(existsSync(wal)).toBe(false);
  });
});
