import type { MenuItemConstructorOptions } from 'electron';
import type { MenuState } from '../../shared/api';
import type { MenuCommand } from '../../shared/api/events';
import {
  chordAccelerator,
  COMMAND_LABELS,
  COMMANDS,
  commandKeys,
  isCommandEnabled,
  type CommandMenu,
  type CommandSpec,
} from '../../shared/commands';
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

/** The Edit commands that a text field does natively while it has focus. */
type NativeEditCommand = Exclude<Extract<MenuCommand, `edit.${string}`>, 'edit.duplicate'>;

/** The text-field action each Edit command maps to while a text field has focus. */
export const NATIVE_EDIT_ACTION: Record<NativeEditCommand, NativeEditAction> = {
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
export function isEditEnabled(command: NativeEditCommand, state: MenuState): boolean {
  if (state.textEditing) return true;
  return isCommandEnabled(COMMANDS.find((c) => c.id === command) as CommandSpec, state);
}

/** The menu items of one menu: its commands from the command table, in groups between separators. */
function commandItems(
  menu: CommandMenu,
  options: MenuTemplateOptions,
  mac: boolean,
): MenuItemConstructorOptions[] {
  const { state, actions } = options;
  const labels = COMMAND_LABELS[state.language ?? 'en'];
  const specs = (COMMANDS as readonly CommandSpec[])
    .filter((spec) => spec.menu?.name === menu)
    .sort(
      (a, b) => (a.menu?.group ?? 0) - (b.menu?.group ?? 0) || (a.menu?.order ?? 0) - (b.menu?.order ?? 0),
    );
  const items: MenuItemConstructorOptions[] = [];
  specs.forEach((spec, i) => {
    const place = spec.menu;
    if (!place) return;
    if (i > 0 && specs[i - 1]?.menu?.group !== place.group) items.push({ type: 'separator' });
    const id = spec.id as MenuCommand;
    const native = id in NATIVE_EDIT_ACTION ? NATIVE_EDIT_ACTION[id as NativeEditCommand] : null;
    const key = commandKeys(spec, mac ? 'mac' : 'other')[0];
    // In a text field the native edit items act on the text; duplicate has no text meaning there.
    const enabled = native
      ? isEditEnabled(id as NativeEditCommand, state)
      : !(state.textEditing && menu === 'edit') && isCommandEnabled(spec, state);
    items.push({
      id,
      label: `${labels[spec.id as keyof typeof labels]}${place.dialog ? '...' : ''}`,
      ...(key === undefined ? {} : { accelerator: chordAccelerator(key) }),
      ...(place.showKeyOnly ? { registerAccelerator: false } : {}),
      enabled,
      ...(place.checked
        ? { type: 'checkbox' as const, checked: state.editorOpen && state[place.checked] }
        : {}),
      click: () => (native && state.textEditing ? actions.nativeEdit(native) : actions.send(id)),
    });
  });
  return items;
}

/**
 * The whole application menu as plain data (Electron's template format), from the renderer's
 * state. Pure: `Menu.buildFromTemplate` turns it into the native menu, tests read it directly. The
 * command items, their keys and when they apply come from the one command table
 * (`shared/commands`); this adds the system roles around them. Accelerators use `CmdOrCtrl`, so
 * they are Cmd on macOS and Ctrl elsewhere.
 */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { platform, state, actions } = options;
  const mac = platform === 'darwin';
  const labels = MENU_LABELS[state.language ?? 'en'];
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
      ...commandItems('file', options, mac),
      { type: 'separator' },
      { role: 'close', label: labels.closeWindow, accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [] : [{ role: 'quit', label: labels.quit, accelerator: 'Ctrl+Q' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: commandItems('edit', options, mac),
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      ...commandItems('view', options, mac),
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
    submenu: [...commandItems('help', options, mac), ...(mac ? [] : [{ type: 'separator' } as const, about])],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
