import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './url-policy';
import { createWebPreferences } from './web-preferences';
import { MIN_WINDOW, type Rect } from './window-state';

export interface MainWindowOptions {
  preloadPath: string;
  bounds: Rect;
  maximized: boolean;
  /** The map to reopen (restored from the last session), if any. */
  mapId: string | null;
  /** DevTools only in development builds. */
  devTools: boolean;
}

/** The URL the window opens: the app, on the last open map's editor route when there is one. */
export function entryUrl(mapId: string | null): string {
  return mapId === null ? APP_ENTRY_URL : `${APP_ENTRY_URL}#/map/${encodeURIComponent(mapId)}`;
}

/** Opens the main window on the app's own origin; it is shown once the first paint is ready. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const windowOptions: BrowserWindowConstructorOptions = {
    ...options.bounds,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: 'Journey Map Editor',
    backgroundColor: '#ffffff',
    webPreferences: createWebPreferences(options.preloadPath, { devTools: options.devTools }),
  };
  // electronegativity reads only literal options: contextIsolation and sandbox are set in
  // createWebPreferences (tested exactly); new windows, middle-click included, are denied in security.ts.
  const window = new BrowserWindow(windowOptions); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  window.once('ready-to-show', () => {
    if (options.maximized) window.maximize();
    window.show();
  });
  // The editor's beforeunload hands its pending edits to an IPC save before it asks to stay open
  // (see renderer/editor/store/useFlushOnLeave.ts); that message is already on its way to this process.
  // Electron would silently keep the window open instead of asking, so the close goes ahead.
  window.webContents.on('will-prevent-unload', (event) => event.preventDefault());
  void window.loadURL(entryUrl(options.mapId));
  return window;
}
