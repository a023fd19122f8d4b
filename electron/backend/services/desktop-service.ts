import { ApiError, type Handlers } from '../../../shared/api';

type DesktopHandlers = Pick<
  Handlers,
  | 'desktop.info'
  | 'desktop.setMenuState'
  | 'files.saveAs'
  | 'files.open'
  | 'files.printToPdf'
  | 'library.openOther'
  | 'library.move'
>;

const unsupported = (what: string): never => {
  throw new ApiError(
    'unsupported',
    `${what} is only available in the desktop app. In the browser, use the download or file picker instead.`,
  );
};

/**
 * The desktop-only operations as the web host answers them: the backend has no window, no native
 * dialogs and no menu. The Electron main process replaces these with real ones
 * (`electron/main/desktop-handlers.ts`).
 */
export function createWebDesktopHandlers(appVersion: string): DesktopHandlers {
  return {
    'desktop.info': () => ({
      desktop: false,
      logDir: null,
      versions: { app: appVersion, electron: null, chrome: null, node: process.versions.node },
    }),
    // There is no application menu in a browser tab; accepting the state keeps the renderer simple.
    'desktop.setMenuState': () => ({ applied: false }),
    'files.saveAs': () => unsupported('Saving through a file dialog'),
    'files.open': () => unsupported('Opening through a file dialog'),
    'files.printToPdf': () => unsupported('Saving a PDF through a file dialog'),
    'library.openOther': () =>
      unsupported('Opening another library (start the web host with --data <folder> instead)'),
    'library.move': () => unsupported('Moving the library (stop the web host and move the folder instead)'),
  };
}
