import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MenuStateSchema, type MenuState } from '../../shared/api';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/api/events';
import { buildMenuTemplate, type MenuActions } from '../../electron/main/menu-template';
import {
  chordAccelerator,
  COMMAND_LABELS,
  COMMANDS,
  commandKeys,
  type CommandId,
  type CommandSpec,
} from '../../shared/commands';

type Item = MenuItemConstructorOptions;

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    send: (command) => calls.push(`send:${command}`),
    nativeEdit: (action) => calls.push(`native:${action}`),
    setLanguage: (language) => calls.push(`language:${language}`),
    about: () => calls.push('about'),
  };
  return { calls, actions };
}

const state = (partial: Partial<MenuState> = {}): MenuState => MenuStateSchema.parse(partial);

function build(platform: NodeJS.Platform, partial: Partial<MenuState> = {}, isPackaged = true) {
  const { calls, actions } = recorder();
  const template = buildMenuTemplate({
    platform,
    state: state(partial),
    isPackaged,
    appName: 'Journey Map Editor',
    actions,
  });
  return { template, calls };
}

/** Every item, depth first. */
function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as Item[]) : []),
  ]);
}
const byId = (items: Item[], id: string): Item => {
  const found = flatten(items).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
};
const click = (item: Item): void => (item.click as unknown as () => void)();
const labelsOf = (item: Item | undefined): (string | undefined)[] =>
  ((item?.submenu ?? []) as Item[]).filter((i) => i.type !== 'separator').map((i) => i.label ?? i.role);

describe('application menu template', () => {
  it('has File, Edit, View, Window, Help with the items of the issue, in order (Windows/Linux)', () => {
    const { template } = build('linux', { editorOpen: true });
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(labelsOf(template[0])).toEqual([
      'New Map',
      'New Map from Template...',
      'Import Map File...',
      'Import Metrics...',
      'Export PNG...',
      'Export PDF...',
      'Export Map File...',
      'Save Version',
      'Close Window',
      'Quit',
    ]);
    expect(labelsOf(template[1])).toEqual([
      'Undo',
      'Redo',
      'Cut',
      'Copy',
      'Paste',
      'Duplicate',
      'Delete',
      'Select All',
    ]);
    expect(labelsOf(template[2])).toEqual([
      'Command Palette...',
      'Zoom In',
      'Zoom Out',
      'Fit to Window',
      'Metrics Overlay',
      'Minimap',
      'Toggle Palette',
      'Toggle Inspector',
      'Focus Mode (Hide or Show Both Panels)',
      'Present Stage by Stage',
      'Language',
    ]);
    expect(template[3]).toMatchObject({ role: 'windowMenu' });
    expect(labelsOf(template[4])).toEqual(['Keyboard Shortcuts', 'About Journey Map Editor']);
  });

  it('on macOS adds the app menu first (About, Services, Hide, Quit) and leaves Quit out of File', () => {
    const { template } = build('darwin');
    expect(template.map((m) => m.label)).toEqual([
      'Journey Map Editor',
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
    const appItems = template[0]?.submenu as Item[];
    expect(appItems[0]?.id).toBe('help.about');
    expect(appItems.map((i) => i.role).filter(Boolean)).toEqual([
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(flatten(template.slice(1)).filter((i) => i.role === 'quit')).toEqual([]);
    expect(labelsOf(template[5])).toEqual(['Keyboard Shortcuts']);
  });

  it('uses CmdOrCtrl accelerators, with the platform redo and delete keys, and no duplicates', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { template } = build(platform);
      const mac = platform === 'darwin';
      expect(byId(template, 'file.newMap').accelerator).toBe('CmdOrCtrl+N');
      expect(byId(template, 'file.saveVersion').accelerator).toBe('CmdOrCtrl+Shift+S');
      expect(byId(template, 'edit.undo').accelerator).toBe('CmdOrCtrl+Z');
      expect(byId(template, 'edit.redo').accelerator).toBe(mac ? 'CmdOrCtrl+Shift+Z' : 'Ctrl+Y');
      expect(byId(template, 'edit.delete')).toMatchObject({
        accelerator: mac ? 'Backspace' : 'Delete',
        registerAccelerator: false,
      });
      const accelerators = flatten(template)
        .map((i) => i.accelerator)
        .filter((a): a is string => typeof a === 'string');
      expect(new Set(accelerators).size).toBe(accelerators.length);
      for (const a of accelerators) expect(a).not.toMatch(/\bCmd\b|Command|Control\b/);
    }
  });

  it('takes every command item from the command table: its label, its first key, its place', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      for (const language of ['en', 'zh-CN'] as const) {
        const { template } = build(platform, { editorOpen: true, language });
        for (const spec of COMMANDS as readonly CommandSpec[]) {
          if (!spec.menu) {
            expect(flatten(template).some((i) => i.id === spec.id)).toBe(false);
            continue;
          }
          const item = byId(template, spec.id);
          const label = COMMAND_LABELS[language][spec.id as CommandId];
          expect(item.label).toBe(spec.menu.dialog ? `${label}...` : label);
          const key = commandKeys(spec, platform === 'darwin' ? 'mac' : 'other')[0];
          expect(item.accelerator).toBe(key === undefined ? undefined : chordAccelerator(key));
        }
      }
    }
  });

  it('offers every menu command exactly once, and each sends its command to the renderer', () => {
    const { template, calls } = build('linux', { editorOpen: true });
    const ids = flatten(template)
      .map((i) => i.id)
      .filter((id): id is MenuCommand => (MENU_COMMANDS as readonly string[]).includes(id ?? ''));
    expect([...ids].sort()).toEqual([...MENU_COMMANDS].sort());
    for (const id of MENU_COMMANDS) click(byId(template, id));
    expect(calls).toEqual(MENU_COMMANDS.map((id) => `send:${id}`));
  });

  it('disables what does not apply: no map open -> only new, import map file, language, shortcuts', () => {
    const { template } = build('linux', { editorOpen: false });
    const enabled = MENU_COMMANDS.filter((id) => byId(template, id).enabled !== false);
    expect(enabled).toEqual([
      'view.commandPalette',
      'help.shortcuts',
      'file.newMap',
      'file.newFromTemplate',
      'file.importMap',
    ]);
    expect(byId(template, 'view.language.en').enabled).not.toBe(false);
  });

  it('follows the undo history and the selection in the editor', () => {
    const idle = build('linux', { editorOpen: true }).template;
    expect(
      ['edit.undo', 'edit.redo', 'edit.cut', 'edit.copy', 'edit.delete'].map((id) => byId(idle, id).enabled),
    ).toEqual([false, false, false, false, false]);
    expect(byId(idle, 'edit.paste').enabled).toBe(true);
    const busy = build('linux', {
      editorOpen: true,
      canUndo: true,
      canRedo: true,
      hasSelection: true,
    }).template;
    for (const id of ['edit.undo', 'edit.redo', 'edit.cut', 'edit.copy', 'edit.delete', 'edit.selectAll']) {
      expect(byId(busy, id).enabled).toBe(true);
    }
  });

  it('in a text field, Edit items are enabled and act on the text natively instead of the canvas', () => {
    const { template, calls } = build('win32', { editorOpen: false, textEditing: true });
    for (const id of [
      'edit.undo',
      'edit.redo',
      'edit.cut',
      'edit.copy',
      'edit.paste',
      'edit.delete',
      'edit.selectAll',
    ]) {
      expect(byId(template, id).enabled).toBe(true);
      click(byId(template, id));
    }
    expect(calls).toEqual([
      'native:undo',
      'native:redo',
      'native:cut',
      'native:copy',
      'native:paste',
      'native:delete',
      'native:selectAll',
    ]);
  });

  it('shows the overlay and minimap as checkboxes with the renderer state, and the language as radios', () => {
    const { template, calls } = build('linux', {
      editorOpen: true,
      metricsOverlay: true,
      minimap: false,
      language: 'zh-CN',
    });
    expect(byId(template, 'view.metricsOverlay')).toMatchObject({
      type: 'checkbox',
      checked: true,
      label: '指标叠加层',
    });
    expect(byId(template, 'view.minimap')).toMatchObject({ type: 'checkbox', checked: false });
    expect(byId(template, 'view.language.en')).toMatchObject({
      type: 'radio',
      checked: false,
      label: 'English',
    });
    expect(byId(template, 'view.language.zh-CN')).toMatchObject({
      type: 'radio',
      checked: true,
      label: '简体中文',
    });
    click(byId(template, 'view.language.en'));
    click(byId(template, 'help.about'));
    expect(calls).toEqual(['language:en', 'about']);
    expect(template[0]?.label).toBe('文件(&F)');
  });

  it('has a DevTools item only in development builds', () => {
    const roles = (isPackaged: boolean) =>
      flatten(build('linux', {}, isPackaged).template).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });
});
