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

/** What the web host cannot do, in English (the UI translates `errors.action.<action>`). */
const ACTIONS = {
  save_dialog: 'Saving through a file dialog',
  open_dialog: 'Opening through a file dialog',
  pdf_dialog: 'Saving a PDF through a file dialog',
  open_library: 'Opening another library (start the web host with --data <folder> instead)',
  move_library: 'Moving the library (stop the web host and move the folder instead)',
} as const;

const unsupported = (action: keyof typeof ACTIONS): never => {
  throw new ApiError(
    'unsupported',
    `${ACTIONS[action]} is only available in the desktop app. In the browser, use the download or file picker instead.`,
    { reason: 'desktop_only', params: { action } },
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
    'files.saveAs': () => unsupported('save_dialog'),
    'files.open': () => unsupported('open_dialog'),
    'files.printToPdf': () => unsupported('pdf_dialog'),
    'library.openOther': () => unsupported('open_library'),
    'library.move': () => unsupported('move_library'),
  };
}
