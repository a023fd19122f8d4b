import type { CommandId } from '../../shared/commands';

/** Where a command was invoked from (a handler may act on the focused element only for keys). */
export type CommandSource = 'keyboard' | 'menu' | 'palette' | 'button';

export interface CommandContext {
  source: CommandSource;
  /** The element a key was pressed on (keyboard only). */
  target?: Element;
  /** The key that ran it (keyboard only), e.g. `ArrowLeft` for a nudge. */
  key?: string;
  shiftKey?: boolean;
}

/** Runs a command; returning `false` means it did not apply here, so the key is left to the page. */
export type CommandHandler = (context: CommandContext) => unknown;

/**
 * Which feature answers each command of the command table (`shared/commands`). Features register
 * while they are on screen (the most recent registration wins, so a dialog can take over a command
 * from the screen behind it) and unregister when they go away. The keyboard, the desktop menu, the
 * toolbar and the command palette all run commands through here.
 */
const handlers = new Map<CommandId, CommandHandler[]>();

/** Makes `handler` answer `command` until the returned function is called. */
export function registerCommand(command: CommandId, handler: CommandHandler): () => void {
  const stack = handlers.get(command) ?? [];
  const entry: CommandHandler = (context) => handler(context);
  handlers.set(command, [...stack, entry]);
  return () => {
    handlers.set(
      command,
      (handlers.get(command) ?? []).filter((h) => h !== entry),
    );
  };
}

/** Registers several commands at once; returns one function that unregisters them all. */
export function registerCommands(entries: Partial<Record<CommandId, CommandHandler>>): () => void {
  const undo = Object.entries(entries).map(([command, handler]) =>
    registerCommand(command as CommandId, handler as CommandHandler),
  );
  return () => undo.forEach((u) => u());
}

/** Runs the current handler of a command; false when nothing answers it or it did not apply. */
export function runCommand(command: CommandId, context: CommandContext = { source: 'menu' }): boolean {
  const handler = handlers.get(command)?.at(-1);
  if (!handler) return false;
  return handler(context) !== false;
}

/** Whether anything answers a command right now. */
export function hasCommand(command: CommandId): boolean {
  return (handlers.get(command)?.length ?? 0) > 0;
}
