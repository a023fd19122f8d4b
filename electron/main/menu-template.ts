import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, MenuState } from '../../shared/api/events';
import { LANGUAGES, type Language } from '../../shared/domain';
import { LANGUAGE_NAMES, MENU_LABELS } from './menu-labels';

/** What menu items do; the main process supplies the real ones, tests record the calls. */
export interface MenuActions {
  /** Hands a command to the renderer (`app:event`). */
  send(command: MenuCommand): void;
  /** Runs a standard text-editing action on the focused page (a text field has focus). */
  nativeEdit(action: NativeEditAction): void;
  setLanguage(language: Language): void;
  about(): void;
}

export type NativeEditAction = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'delete' | 'selectAll';

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  state: MenuState;
  /** Development builds get a DevTools item; packaged builds never do. */
  isPackaged: boolean;
  appName: string;
  actions: MenuActions;
}

type EditCommand = Extract<MenuCommand, `edit.${string}`>;

/** The text-field action each Edit command maps to while a text field has focus. */
export const NATIVE_EDIT_ACTION: Record<EditCommand, NativeEditAction> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'edit.cut': 'cut',
  'edit.copy': 'copy',
  'edit.paste': 'paste',
  'edit.delete': 'delete',
  'edit.selectAll': 'selectAll',
};

/**
 * Whether an Edit item applies: in a text field every one does (the field does the work), on the
 * canvas they follow the editor's undo history and selection.
 */
export function isEditEnabled(command: EditCommand, state: MenuState): boolean {
  if (state.textEditing) return true;
  switch (command) {
    case 'edit.undo':
      return state.editorOpen && state.canUndo;
    case 'edit.redo':
      return state.editorOpen && state.canRedo;
    case 'edit.cut':
    case 'edit.copy':
    case 'edit.delete':
      return state.editorOpen && state.hasSelection;
    case 'edit.paste':
    case 'edit.selectAll':
      return state.editorOpen;
  }
}

/**
 * The whole application menu as plain data (Electron's template format), from the renderer's
 * state. Pure: `Menu.buildFromTemplate` turns it into the native menu, tests read it directly.
 * Accelerators use `CmdOrCtrl` so they are Cmd on macOS and Ctrl elsewhere; redo is Cmd+Shift+Z on
 * macOS and Ctrl+Y on Windows and Linux, as each platform's users expect.
 */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { platform, state, actions } = options;
  const mac = platform === 'darwin';
  const labels = MENU_LABELS[state.language ?? 'en'];
  const inEditor = state.editorOpen;
  const command = (
    label: string,
    id: MenuCommand,
    accelerator: string | undefined,
    enabled: boolean,
  ): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    enabled,
    click: () => actions.send(id),
  });
  const edit = (label: string, id: EditCommand, accelerator: string): MenuItemConstructorOptions => ({
    id,
    label,
    accelerator,
    enabled: isEditEnabled(id, state),
    click: () => (state.textEditing ? actions.nativeEdit(NATIVE_EDIT_ACTION[id]) : actions.send(id)),
  });
  const check = (label: string, id: MenuCommand, accelerator: string, checked: boolean) => ({
    ...command(label, id, accelerator, inEditor),
    type: 'checkbox' as const,
    checked,
  });
  const about: MenuItemConstructorOptions = {
    id: 'help.about',
    label: labels.about,
    click: () => actions.about(),
  };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      command(labels.newMap, 'file.newMap', 'CmdOrCtrl+N', true),
      command(labels.newFromTemplate, 'file.newFromTemplate', 'CmdOrCtrl+Shift+N', true),
      { type: 'separator' },
      command(labels.importMap, 'file.importMap', 'CmdOrCtrl+O', true),
      command(labels.importMetrics, 'file.importMetrics', 'CmdOrCtrl+Shift+I', inEditor),
      { type: 'separator' },
      command(labels.exportPng, 'file.exportPng', 'CmdOrCtrl+E', inEditor),
      command(labels.exportPdf, 'file.exportPdf', 'CmdOrCtrl+Shift+E', inEditor),
      command(labels.exportMapFile, 'file.exportMapFile', undefined, inEditor),
      { type: 'separator' },
      // The same keys as the editor's own Save version shortcut (renderer/versions/VersionTools.tsx).
      command(labels.saveVersion, 'file.saveVersion', 'CmdOrCtrl+Shift+S', inEditor),
      { type: 'separator' },
      { role: 'close', label: labels.closeWindow, accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [] : [{ role: 'quit', label: labels.quit, accelerator: 'Ctrl+Q' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      edit(labels.undo, 'edit.undo', 'CmdOrCtrl+Z'),
      edit(labels.redo, 'edit.redo', mac ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      edit(labels.cut, 'edit.cut', 'CmdOrCtrl+X'),
      edit(labels.copy, 'edit.copy', 'CmdOrCtrl+C'),
      edit(labels.paste, 'edit.paste', 'CmdOrCtrl+V'),
      {
        ...edit(labels.delete, 'edit.delete', mac ? 'Backspace' : 'Delete'),
        // Shown for discoverability only: grabbing Delete/Backspace from the page would break
        // typing; the renderer's own shortcut handles the key.
        registerAccelerator: false,
      },
      edit(labels.selectAll, 'edit.selectAll', 'CmdOrCtrl+A'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      command(labels.zoomIn, 'view.zoomIn', 'CmdOrCtrl+=', inEditor),
      command(labels.zoomOut, 'view.zoomOut', 'CmdOrCtrl+-', inEditor),
      command(labels.fit, 'view.fit', 'CmdOrCtrl+0', inEditor),
      { type: 'separator' },
      check(labels.metricsOverlay, 'view.metricsOverlay', 'CmdOrCtrl+Shift+M', state.metricsOverlay),
      check(labels.minimap, 'view.minimap', 'CmdOrCtrl+Shift+K', state.minimap),
      { type: 'separator' },
      {
        label: labels.language,
        submenu: LANGUAGES.map((language) => ({
          id: `view.language.${language}`,
          label: LANGUAGE_NAMES[language],
          type: 'radio' as const,
          checked: (state.language ?? 'en') === language,
          click: () => actions.setLanguage(language),
        })),
      },
      ...(options.isPackaged
        ? []
        : [{ type: 'separator' } as const, { role: 'toggleDevTools', label: labels.devTools } as const]),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu', label: labels.window };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: labels.help,
    submenu: [
      command(labels.shortcuts, 'help.shortcuts', 'CmdOrCtrl+/', true),
      ...(mac ? [] : [{ type: 'separator' } as const, about]),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
