import { describe, expect, it } from 'vitest';
import { COMMAND_LABELS } from './command-labels';
import { COMMANDS, commandKeys, isCommandEnabled, type CommandSpec } from './command-table';
import { chordAccelerator, chordLabel, chordMatches, type KeyPress } from './keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('key chords', () => {
  it('Mod is Cmd on macOS and Ctrl elsewhere, and other modifiers must match exactly', () => {
    expect(chordMatches('Mod+Z', press('z', { ctrlKey: true }), 'other')).toBe(true);
    expect(chordMatches('Mod+Z', press('z', { metaKey: true }), 'mac')).toBe(true);
    expect(chordMatches('Mod+Z', press('z', { ctrlKey: true }), 'mac')).toBe(false);
    expect(chordMatches('Mod+Z', press('Z', { ctrlKey: true, shiftKey: true }), 'other')).toBe(false);
    expect(chordMatches('Mod+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }), 'other')).toBe(true);
    expect(chordMatches('Delete', press('Delete', { altKey: true }), 'other')).toBe(false);
    expect(chordMatches('Alt+ArrowUp', press('ArrowUp', { altKey: true }), 'other')).toBe(true);
  });

  it('symbols typed with Shift match whatever Shift the layout needed', () => {
    expect(chordMatches('?', press('?', { shiftKey: true }), 'other')).toBe(true);
    expect(chordMatches('+', press('+', { shiftKey: true }), 'other')).toBe(true);
    expect(chordMatches('Mod+=', press('+', { ctrlKey: true, shiftKey: true }), 'other')).toBe(true);
    expect(chordMatches('-', press('-'), 'other')).toBe(true);
  });

  it('is written for people and for Electron', () => {
    expect(chordLabel('Mod+Shift+Z', 'mac')).toBe('⌘+Shift+Z');
    expect(chordLabel('Mod+Shift+Z', 'other')).toBe('Ctrl+Shift+Z');
    expect(chordLabel('Alt+ArrowUp', 'other')).toBe('Alt+↑');
    expect(chordLabel('+', 'other')).toBe('+');
    expect(chordAccelerator('Mod+Shift+E')).toBe('CmdOrCtrl+Shift+E');
    expect(chordAccelerator('Mod+=')).toBe('CmdOrCtrl+=');
    expect(chordAccelerator('Ctrl+Y')).toBe('Ctrl+Y');
  });
});

describe('the command table', () => {
  const specs = COMMANDS as readonly CommandSpec[];

  it('has unique ids, each named in every language', () => {
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
    for (const labels of Object.values(COMMAND_LABELS)) {
      for (const spec of specs) expect(labels[spec.id as keyof typeof labels], spec.id).toBeTruthy();
    }
  });

  it('never gives one key to two dispatched commands on one platform', () => {
    for (const platform of ['mac', 'other'] as const) {
      const seen = new Map<string, string>();
      for (const spec of specs.filter((s) => !s.gesture)) {
        for (const chord of commandKeys(spec, platform)) {
          expect(seen.get(chord), `${chord} on ${platform}`).toBeUndefined();
          seen.set(chord, spec.id);
        }
      }
    }
  });

  it('decides when a command applies from the editor state', () => {
    const undo = specs.find((s) => s.id === 'edit.undo')!;
    const copy = specs.find((s) => s.id === 'edit.copy')!;
    const newMap = specs.find((s) => s.id === 'file.newMap')!;
    const none = { editorOpen: false, canUndo: false, canRedo: false, hasSelection: false };
    expect(isCommandEnabled(newMap, none)).toBe(true);
    expect(isCommandEnabled(undo, { ...none, editorOpen: true })).toBe(false);
    expect(isCommandEnabled(undo, { ...none, editorOpen: true, canUndo: true })).toBe(true);
    expect(isCommandEnabled(copy, { ...none, editorOpen: true, hasSelection: true })).toBe(true);
    expect(isCommandEnabled(copy, { ...none, hasSelection: true })).toBe(false);
  });
});
