import type { MenuCommand } from '../../shared/api/events';

type Handler = () => void;

/**
 * Which feature answers each menu command. Features register while they are on screen (the most
 * recent registration wins, so a dialog can take over a command from the screen behind it) and
 * unregister when they go away. The same registry can serve keyboard shortcuts.
 */
const handlers = new Map<MenuCommand, Handler[]>();

/** Makes `handler` answer `command` until the returned function is called. */
export function registerCommand(command: MenuCommand, handler: Handler): () => void {
  const stack = handlers.get(command) ?? [];
  const entry: Handler = () => handler();
  handlers.set(command, [...stack, entry]);
  return () => {
    handlers.set(
      command,
      (handlers.get(command) ?? []).filter((h) => h !== entry),
    );
  };
}

/** Registers several commands at once; returns one function that unregisters them all. */
export function registerCommands(entries: Partial<Record<MenuCommand, Handler>>): () => void {
  const undo = Object.entries(entries).map(([command, handler]) =>
    registerCommand(command as MenuCommand, handler as Handler),
  );
  return () => undo.forEach((u) => u());
}

/** Runs the current handler of a command; false when nothing on screen answers it. */
export function runCommand(command: MenuCommand): boolean {
  const handler = handlers.get(command)?.at(-1);
  if (!handler) return false;
  handler();
  return true;
}

/** Whether anything answers a command right now. */
export function hasCommand(command: MenuCommand): boolean {
  return (handlers.get(command)?.length ?? 0) > 0;
}
