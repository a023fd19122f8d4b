import fs from 'node:fs';
import path from 'node:path';
import { Menu, app, dialog, ipcMain, screen, session, shell, type BrowserWindow } from 'electron';
import type { Handlers } from '../../shared/api/contract';
import type { MenuState } from '../../shared/api';
import { MAX_OPENED_FILE_BYTES, type AppEvent } from '../../shared/api/events';
import type { Language } from '../../shared/domain';
import { openLibrary, type Library } from '../backend';
import { writeFileAtomic } from '../backend/files/atomic-write';
import { copyLibrary } from '../backend/library-move';
import { aboutDetail } from './about';
import { sendAppEvent } from './app-event-sender';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { createDesktopHandlers } from './desktop-handlers';
import { switchingHandlers } from './handlers-switch';
import { bindOperations } from './ipc';
import { parseLaunchFile } from './launch-file';
import { readLibraryDir, writeLibraryDir } from './library-location';
import { createMainLog } from './log';
import { createMenuController, type MenuController } from './menu';
import { hardenSession, hardenWebContents } from './security';
import { printAppPageToPdf } from './print-to-pdf';
import { createMainWindow } from './window';
import { mapIdFromAppUrl, parseWindowState, restoreBounds } from './window-state';

// Built layout: out/main/index.cjs (this file), out/preload/index.cjs, out/renderer/.
const PRELOAD_PATH = path.join(__dirname, '../preload/index.cjs');
const RENDERER_DIR = path.join(__dirname, '../renderer');
const APP_NAME = 'Journey Map Editor';

// Both must happen before `ready`.
app.enableSandbox();
registerAppScheme();

const userData = app.getPath('userData');
const log = createMainLog(userData, app.isPackaged);
const windowStateFile = path.join(userData, 'window-state.json');

let library: Library | undefined;
let mainWindow: BrowserWindow | undefined;
let menu: MenuController | undefined;
/** The page subscribes to app events once it is mounted; it says so with its first menu state. */
let rendererReady = false;
const pendingEvents: AppEvent[] = [];

/**
 * Opens a library for the window: its workshop listener serves the participant page from the built
 * renderer, and every workshop event goes to the page over IPC (the same typed events the web host
 * sends over SSE). Closing the library (switching, quitting) ends a running session.
 */
function openDesktopLibrary(dataDir: string): Library {
  const opened = openLibrary({ dataDir, appVersion: app.getVersion(), rendererDir: RENDERER_DIR });
  opened.workshop.subscribe((event) => deliver({ type: 'workshop', event }));
  return opened;
}

function currentLibrary(): Library {
  if (!library) throw new Error('The library is not open.');
  return library;
}

function deliver(event: AppEvent): void {
  if (rendererReady && mainWindow && !mainWindow.isDestroyed()) sendAppEvent(mainWindow.webContents, event);
  else pendingEvents.push(event);
}

/** Reads a map file the OS asked us to open and hands it to the renderer, which imports it. */
function openMapFile(filePath: string): void {
  try {
    const size = fs.statSync(filePath).size;
    if (size > MAX_OPENED_FILE_BYTES)
      throw new Error(`${filePath} is larger than ${MAX_OPENED_FILE_BYTES} bytes`);
    deliver({ type: 'openFile', fileName: path.basename(filePath), text: fs.readFileSync(filePath, 'utf8') });
  } catch (error) {
    log.error(`Could not open ${filePath}`, error);
    dialog.showErrorBox(APP_NAME, `"${path.basename(filePath)}" could not be opened.`);
  }
}

function readWindowState() {
  try {
    return parseWindowState(fs.readFileSync(windowStateFile, 'utf8'));
  } catch {
    return parseWindowState(null);
  }
}

function saveWindowState(window: BrowserWindow): void {
  try {
    const state = {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
      lastMapId: mapIdFromAppUrl(window.webContents.getURL()),
    };
    writeFileAtomic(windowStateFile, `${JSON.stringify(state)}\n`);
  } catch (error) {
    log.error('Could not save the window state', error);
  }
}

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  const saved = readWindowState();
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map(
    (d) => d.workArea,
  );
  const window = createMainWindow({
    preloadPath: PRELOAD_PATH,
    bounds: restoreBounds(saved.bounds, workAreas),
    maximized: saved.maximized,
    mapId: saved.lastMapId,
    devTools: !app.isPackaged,
  });
  mainWindow = window;
  window.webContents.on('did-start-loading', () => {
    rendererReady = false;
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error(`Renderer process gone: ${details.reason} (exit code ${details.exitCode})`);
  });
  window.on('close', () => saveWindowState(window));
  window.on('closed', () => {
    mainWindow = undefined;
    rendererReady = false;
  });
}

function setMenuState(state: MenuState): void {
  menu?.update(state);
  if (!rendererReady) {
    rendererReady = true;
    for (const event of pendingEvents.splice(0)) deliver(event);
  }
}

async function setLanguage(language: Language): Promise<void> {
  await currentLibrary().handlers['settings.update']({ language });
  if (menu) menu.update({ ...menu.state, language });
  deliver({ type: 'languageChanged', language });
}

function showAbout(): void {
  const detail = aboutDetail({
    appName: APP_NAME,
    appVersion: app.getVersion(),
    electron: process.versions.electron ?? 'unknown',
    chrome: process.versions.chrome ?? 'unknown',
    node: process.versions.node,
    libraryPath: library?.path ?? '(not open)',
    logDir: log.dir,
  });
  const options = { type: 'info' as const, title: APP_NAME, message: APP_NAME, detail, buttons: ['OK'] };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

/** Opens the library in `dataDir`, makes it current, closes the old one and reloads the page. */
function switchTo(dataDir: string): { switched: boolean; path: string } {
  const next = openDesktopLibrary(dataDir);
  const previous = library;
  library = next;
  previous?.close();
  writeLibraryDir(userData, dataDir);
  log.info(`Library switched to ${next.path}`);
  // Reload after this operation's reply has gone out, so the page sees the result first.
  setTimeout(() => mainWindow?.webContents.reload(), 100);
  return { switched: true, path: next.path };
}

async function pickFolder(title: string): Promise<string | null> {
  const options = {
    title,
    properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
  };
  const result = await (mainWindow
    ? dialog.showOpenDialog(mainWindow, options)
    : dialog.showOpenDialog(options));
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

function createHandlers(): Handlers {
  const desktop = createDesktopHandlers({
    appVersion: app.getVersion(),
    versions: {
      electron: process.versions.electron ?? 'unknown',
      chrome: process.versions.chrome ?? 'unknown',
      node: process.versions.node,
    },
    logDir: log.dir,
    documentsDir: app.getPath('documents'),
    showSaveDialog: (options) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    showOpenDialog: (options) =>
      mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
    setMenuState,
    printToPdf: (hash) => printAppPageToPdf(PRELOAD_PATH, hash),
    openOtherLibrary: async () => {
      const folder = await pickFolder('Open another library');
      return folder === null ? { switched: false, path: null } : switchTo(folder);
    },
    moveLibrary: async () => {
      const folder = await pickFolder('Move library to');
      if (folder === null) return { switched: false, path: null };
      const copy = await copyLibrary(currentLibrary().path, folder);
      log.info(`Library copied to ${copy.path} (${copy.maps} maps, integrity ${copy.integrity})`);
      return switchTo(path.dirname(copy.path));
    },
  });
  return switchingHandlers(() => ({ ...currentLibrary().handlers, ...desktop }));
}

process.on('uncaughtException', (error) => log.error('Uncaught exception in the main process', error));
process.on('unhandledRejection', (reason) => log.error('Unhandled rejection in the main process', reason));

// One instance per user: two processes writing one SQLite library would fight over it. A second
// launch (e.g. double-clicking a map file) hands its command line to this one and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const launchFile = parseLaunchFile(process.argv, process.cwd());
  if (launchFile !== null) openMapFile(launchFile);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    showMainWindow();
    const file = parseLaunchFile(argv, workingDirectory);
    if (file !== null) openMapFile(file);
  });
  // macOS delivers double-clicked files as an event, possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openMapFile(filePath);
    if (app.isReady()) showMainWindow();
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, {
      // Called only by hardenWebContents, after isAllowedExternalUrl (https/mailto only).
      openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
      isPackaged: app.isPackaged,
    }),
  );

  app
    .whenReady()
    .then(() => {
      library = openDesktopLibrary(readLibraryDir(userData));
      log.info(`Started ${APP_NAME} ${app.getVersion()} with the library ${library.path}`);
      hardenSession(session.defaultSession);
      serveAppProtocol(session.defaultSession.protocol, RENDERER_DIR);
      bindOperations(ipcMain, createHandlers(), (error, operation) =>
        log.error(`Operation ${operation} failed unexpectedly`, error),
      );
      menu = createMenuController({
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: APP_NAME,
        actions: {
          send: (command) => deliver({ type: 'menu', command }),
          nativeEdit: (action) => mainWindow?.webContents[action](),
          setLanguage: (language) => {
            setLanguage(language).catch((error: unknown) =>
              log.error('Could not switch the language', error),
            );
          },
          about: showAbout,
        },
        apply: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
      });
      showMainWindow();
      app.on('activate', showMainWindow);
    })
    .catch((error: unknown) => {
      log.error(`${APP_NAME} could not start`, error);
      dialog.showErrorBox(
        APP_NAME,
        `${APP_NAME} could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    library?.close();
    library = undefined;
  });
}
