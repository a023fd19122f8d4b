import { useEffect, useState } from 'react';
import { registerCommand } from './command-registry';
import { lazyPart } from '../ui/lazy-part';
import { useCommandKeys } from './useCommandKeys';

// Opened by a key or a menu: loaded on first use.
const CommandPalette = lazyPart(() => import('./CommandPalette').then((m) => m.CommandPalette));

/**
 * Mounted once by the app: the one keyboard handler of the command table, and the command palette
 * that View › Command Palette and Ctrl/Cmd+K open on every screen.
 */
export function CommandPaletteHost() {
  const [open, setOpen] = useState(false);
  useCommandKeys();
  useEffect(() => registerCommand('view.commandPalette', () => setOpen(true)), []);
  return open ? <CommandPalette onClose={() => setOpen(false)} /> : null;
}
