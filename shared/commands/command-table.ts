import type { KeyChord, KeyPlatform } from './keys';

/** The desktop menus that hold commands (Window and the macOS app menu hold only system roles). */
export type CommandMenu = 'file' | 'edit' | 'view' | 'help';

/** What a command needs to apply; the menu, the palette and the keyboard all ask the same question. */
export type CommandNeed = 'nothing' | 'editor' | 'selection' | 'undo' | 'redo';

export interface CommandSpec {
  readonly id: string;
  /** Keys on Windows and Linux; the first is the one the menu shows. */
  readonly keys: readonly KeyChord[];
  /** Keys on macOS where they differ from {@link keys}. */
  readonly macKeys?: readonly KeyChord[];
  /**
   * `page`: the keys work anywhere on the page except in a text field; `canvas`: only while focus is
   * on the canvas (arrows, Delete and plain letters must not act on a toolbar or a panel).
   */
  readonly scope: 'page' | 'canvas';
  readonly needs: CommandNeed;
  /** Its place in the desktop menu; items of one group sit between separators. */
  readonly menu?: {
    readonly name: CommandMenu;
    readonly group: number;
    /** Its position within the group where that differs from the table order. */
    readonly order?: number;
    /** Opens a dialog: the menu label ends in an ellipsis. */
    readonly dialog?: boolean;
    /** A checkable item showing this state. */
    readonly checked?: 'metricsOverlay' | 'minimap';
    /** Shown for discoverability only; grabbing the key in the menu would break typing. */
    readonly showKeyOnly?: boolean;
  };
  /**
   * A gesture the browser or the canvas handles by itself (Tab, Shift+drag, Enter while typing):
   * listed with its keys, never dispatched, not in the command palette.
   */
  readonly gesture?: boolean;
}

/**
 * Every user command, once: the keyboard handler, the shortcut list, the desktop menu and the
 * command palette all read this table, so a shortcut, a menu item and a palette entry cannot
 * disagree. The order is the order of the shortcut list and, within each group, of the menu.
 */
export const COMMANDS = [
  { id: 'edit.undo', keys: ['Mod+Z'], scope: 'page', needs: 'undo', menu: { name: 'edit', group: 1 } },
  {
    id: 'edit.redo',
    keys: ['Ctrl+Y', 'Mod+Shift+Z'],
    macKeys: ['Mod+Shift+Z'],
    scope: 'page',
    needs: 'redo',
    menu: { name: 'edit', group: 1 },
  },
  { id: 'canvas.tab', keys: ['Tab', 'Shift+Tab'], scope: 'canvas', needs: 'editor', gesture: true },
  { id: 'canvas.editTitle', keys: ['Enter'], scope: 'canvas', needs: 'editor' },
  { id: 'canvas.commitTitle', keys: ['Enter', 'Escape'], scope: 'canvas', needs: 'editor', gesture: true },
  {
    id: 'canvas.nudge',
    keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'],
    scope: 'canvas',
    needs: 'selection',
  },
  { id: 'canvas.moveLane', keys: ['Alt+ArrowUp', 'Alt+ArrowDown'], scope: 'canvas', needs: 'selection' },
  { id: 'canvas.level', keys: ['+', '=', '-'], scope: 'canvas', needs: 'selection' },
  {
    id: 'edit.delete',
    keys: ['Delete', 'Backspace'],
    macKeys: ['Backspace', 'Delete'],
    scope: 'canvas',
    needs: 'selection',
    menu: { name: 'edit', group: 2, order: 5, showKeyOnly: true },
  },
  {
    id: 'edit.selectAll',
    keys: ['Mod+A'],
    scope: 'canvas',
    needs: 'editor',
    menu: { name: 'edit', group: 2, order: 6 },
  },
  {
    id: 'canvas.multiSelect',
    keys: ['Shift+Click', 'Shift+Drag'],
    scope: 'canvas',
    needs: 'editor',
    gesture: true,
  },
  {
    id: 'edit.copy',
    keys: ['Mod+C'],
    scope: 'canvas',
    needs: 'selection',
    menu: { name: 'edit', group: 2, order: 2 },
  },
  {
    id: 'edit.cut',
    keys: ['Mod+X'],
    scope: 'canvas',
    needs: 'selection',
    menu: { name: 'edit', group: 2, order: 1 },
  },
  {
    id: 'edit.paste',
    keys: ['Mod+V'],
    scope: 'canvas',
    needs: 'editor',
    menu: { name: 'edit', group: 2, order: 3 },
  },
  {
    id: 'edit.duplicate',
    keys: ['Mod+D'],
    scope: 'canvas',
    needs: 'selection',
    menu: { name: 'edit', group: 2, order: 4 },
  },
  {
    id: 'view.commandPalette',
    keys: ['Mod+K'],
    scope: 'page',
    needs: 'nothing',
    menu: { name: 'view', group: 0, dialog: true },
  },
  {
    id: 'help.shortcuts',
    keys: ['?', 'Mod+/'],
    scope: 'page',
    needs: 'nothing',
    menu: { name: 'help', group: 1 },
  },
  { id: 'file.newMap', keys: ['Mod+N'], scope: 'page', needs: 'nothing', menu: { name: 'file', group: 1 } },
  {
    id: 'file.newFromTemplate',
    keys: ['Mod+Shift+N'],
    scope: 'page',
    needs: 'nothing',
    menu: { name: 'file', group: 1, dialog: true },
  },
  {
    id: 'file.importMap',
    keys: ['Mod+O'],
    scope: 'page',
    needs: 'nothing',
    menu: { name: 'file', group: 2, dialog: true },
  },
  {
    id: 'file.importMetrics',
    keys: ['Mod+Shift+I'],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'file', group: 2, dialog: true },
  },
  {
    id: 'file.exportPng',
    keys: ['Mod+E'],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'file', group: 3, dialog: true },
  },
  {
    id: 'file.exportPdf',
    keys: ['Mod+Shift+E'],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'file', group: 3, dialog: true },
  },
  {
    id: 'file.exportMapFile',
    keys: [],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'file', group: 3, dialog: true },
  },
  {
    id: 'file.exportMetricsCsv',
    keys: [],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'file', group: 3 },
  },
  {
    id: 'file.saveVersion',
    keys: ['Mod+Shift+S'],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'file', group: 4 },
  },
  // The toolbar's Versions menu: save, browse, compare.
  { id: 'file.browseVersions', keys: [], scope: 'page', needs: 'editor', menu: { name: 'file', group: 4 } },
  {
    id: 'file.compareVersion',
    keys: [],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'file', group: 4 },
  },
  { id: 'view.zoomIn', keys: ['Mod+='], scope: 'page', needs: 'editor', menu: { name: 'view', group: 1 } },
  { id: 'view.zoomOut', keys: ['Mod+-'], scope: 'page', needs: 'editor', menu: { name: 'view', group: 1 } },
  { id: 'view.fit', keys: ['Mod+0'], scope: 'page', needs: 'editor', menu: { name: 'view', group: 1 } },
  {
    id: 'view.metricsOverlay',
    keys: ['Mod+Shift+M'],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'view', group: 2, checked: 'metricsOverlay' },
  },
  // The toolbar's Funnel menu: the numbers panel docked beside the map.
  {
    id: 'view.funnelNumbers',
    keys: [],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'view', group: 2 },
  },
  {
    id: 'view.minimap',
    keys: ['Mod+Shift+K'],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'view', group: 2, checked: 'minimap' },
  },
  // Room for the map: fold the side panels to thin rails (remembered in the user's preferences).
  {
    id: 'view.togglePalette',
    keys: ['Mod+B'],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'view', group: 3 },
  },
  {
    id: 'view.toggleInspector',
    keys: ['Mod+I'],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'view', group: 3 },
  },
  {
    id: 'view.focusMode',
    keys: ['Mod+Shift+F'],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'view', group: 3 },
  },
  // The map full screen for a room, stage by stage; Esc (handled by presentation mode) leaves it.
  { id: 'view.present', keys: ['F5'], scope: 'page', needs: 'editor', menu: { name: 'view', group: 4 } },
  // The live workshop: the room joins the open map from its own phones (renderer/workshop).
  {
    id: 'workshop.start',
    keys: [],
    scope: 'page',
    needs: 'editor',
    menu: { name: 'file', group: 5 },
  },
] as const satisfies readonly CommandSpec[];

/** One command's id, e.g. `'file.exportPng'`. */
export type CommandId = (typeof COMMANDS)[number]['id'];

/** The ids of the commands the desktop menu offers, in table order. */
export const MENU_COMMAND_IDS = COMMANDS.filter((c) => 'menu' in c).map((c) => c.id) as readonly Extract<
  (typeof COMMANDS)[number],
  { menu: object }
>['id'][];

const BY_ID = new Map<string, CommandSpec>(COMMANDS.map((c) => [c.id, c]));

/** The table row of a command. */
export function commandSpec(id: CommandId): CommandSpec {
  const spec = BY_ID.get(id);
  if (!spec) throw new Error(`Unknown command ${id}`);
  return spec;
}

/** A command's keys on a platform (macOS has its own where the table says so). */
export function commandKeys(spec: CommandSpec, platform: KeyPlatform): readonly KeyChord[] {
  return platform === 'mac' ? (spec.macKeys ?? spec.keys) : spec.keys;
}

/** What the enabled state of commands is decided from (the renderer reports it to the menu too). */
export interface CommandState {
  editorOpen: boolean;
  canUndo: boolean;
  canRedo: boolean;
  hasSelection: boolean;
}

/** Whether a command applies now: the same answer for its menu item, palette entry and keys. */
export function isCommandEnabled(spec: CommandSpec, state: CommandState): boolean {
  switch (spec.needs) {
    case 'nothing':
      return true;
    case 'editor':
      return state.editorOpen;
    case 'selection':
      return state.editorOpen && state.hasSelection;
    case 'undo':
      return state.editorOpen && state.canUndo;
    case 'redo':
      return state.editorOpen && state.canRedo;
  }
}
