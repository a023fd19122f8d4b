import { capabilities } from '../api';
import { startAppEvents } from './app-events';
import { registerDefaultCommands } from './default-commands';
import { appEventSubscription } from './desktop-bridge';
import { startMenuStateReporter } from './menu-state';

/**
 * Connects the page to the desktop shell: the shared commands, the app events from the menu and
 * the OS, and the menu state reports. In a browser only the commands are registered (the same
 * registry serves keyboard shortcuts), without those that need a native dialog; there is no menu to
 * report to. Runs after the host's capabilities were loaded (main.tsx).
 */
export function startDesktop(win: Window = window): () => void {
  const subscribe = appEventSubscription(win);
  const stops = [registerDefaultCommands({ nativeDialogs: capabilities().nativeDialogs })];
  if (subscribe) {
    stops.push(startAppEvents(subscribe));
    stops.push(startMenuStateReporter(win.document));
  }
  return () => stops.forEach((stop) => stop());
}
