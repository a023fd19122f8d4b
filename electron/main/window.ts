import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './url-policy';
import { createWebPreferences } from './web-preferences';

/** Opens the main window on the app's own origin; it is shown once the first paint is ready. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Journey Map Editor',
    backgroundColor: '#ffffff',
    webPreferences: createWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
