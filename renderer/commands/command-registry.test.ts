import { describe, expect, it } from 'vitest';
import { hasCommand, registerCommand, registerCommands, runCommand } from './command-registry';

describe('command registry', () => {
  it('runs the most recent handler and falls back when it unregisters', () => {
    const calls: string[] = [];
    const offScreen = registerCommand('edit.undo', () => calls.push('screen'));
    const offDialog = registerCommand('edit.undo', () => calls.push('dialog'));
    expect(runCommand('edit.undo')).toBe(true);
    offDialog();
    expect(runCommand('edit.undo')).toBe(true);
    offScreen();
    expect(runCommand('edit.undo')).toBe(false);
    expect(calls).toEqual(['dialog', 'screen']);
  });

  it('registers and unregisters several commands at once; unregistering twice is harmless', () => {
    const calls: string[] = [];
    const off = registerCommands({
      'view.zoomIn': () => calls.push('in'),
      'view.zoomOut': () => calls.push('out'),
    });
    runCommand('view.zoomIn');
    runCommand('view.zoomOut');
    expect(hasCommand('view.zoomIn')).toBe(true);
    off();
    off();
    expect(hasCommand('view.zoomIn')).toBe(false);
    expect(runCommand('view.zoomOut')).toBe(false);
    expect(calls).toEqual(['in', 'out']);
  });

  it('keeps two registrations of the same function apart', () => {
    let count = 0;
    const handler = () => (count += 1);
    const a = registerCommand('view.fit', handler);
    const b = registerCommand('view.fit', handler);
    a();
    runCommand('view.fit');
    b();
    expect(runCommand('view.fit')).toBe(false);
    expect(count).toBe(1);
  });
});
