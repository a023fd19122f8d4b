import { app, ipcMain, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { openLibrary, type Library } from '../backend';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { bindOperations } from './ipc';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

// Built layout: out/main/index.cjs (this file), out/preload/index.cjs, out/renderer/.
const PRELOAD_PATH = path.join(__dirname, '../preload/index.cjs');
const RENDERER_DIR = path.join(__dirname, '../renderer');

// Both must happen before `ready`.
app.enableSandbox();
registerAppScheme();

let library: Library | undefined;
let mainWindow: BrowserWindow | undefined;

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  mainWindow = createMainWindow(PRELOAD_PATH);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

// One instance per user: two processes writing one SQLite library would fight over it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app
    .whenReady()
    .then(() => {
      library = openLibrary({ dataDir: app.getPath('userData'), appVersion: app.getVersion() });
      hardenSession(session.defaultSession);
      serveAppProtocol(session.defaultSession.protocol, RENDERER_DIR);
      bindOperations(ipcMain, library.handlers);
      showMainWindow();
      app.on('activate', showMainWindow);
    })
    .catch((error: unknown) => {
      console.error('Journey Map Editor could not start:', error);
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
