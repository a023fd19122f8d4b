import { z } from 'zod';
import { MENU_COMMAND_IDS } from '../commands/command-table';
import { LanguageSchema } from '../domain';
import { SessionEventSchema } from '../workshop/events';
import type { ExposedApi } from './contract';

type MenuCommandId = (typeof MENU_COMMAND_IDS)[number];

/**
 * Every command the application menu can issue: the commands of the one command table
 * (`shared/commands`) that have a menu place. The menu in the main process sends them as
 * {@link AppEvent}s; the renderer's command registry runs them.
 */
export const MENU_COMMANDS = MENU_COMMAND_IDS;
export const MenuCommandSchema = z.enum(
  MENU_COMMANDS as readonly MenuCommandId[] as [MenuCommandId, ...MenuCommandId[]],
);
/** One menu command, e.g. `'file.exportPng'`. */
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** The largest map file the main process hands to the renderer when one is opened from the OS. */
export const MAX_OPENED_FILE_BYTES = 50 * 1024 * 1024;

/**
 * What the main process tells the renderer, on the single `app:event` channel:
 * - `menu`: a menu item was chosen;
 * - `openFile`: a `.journeymap` file was opened from the OS (double-click, second launch); main has
 *   read it, the renderer imports it with `maps.importFile`;
 * - `languageChanged`: the Language menu stored a new UI language in the settings;
 * - `workshop`: an event of the running workshop session (shared/workshop/events.ts).
 */
export const AppEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('menu'), command: MenuCommandSchema }),
  z.object({
    type: z.literal('openFile'),
    fileName: z.string().min(1).max(1_000),
    text: z.string().max(MAX_OPENED_FILE_BYTES),
  }),
  z.object({ type: z.literal('languageChanged'), language: LanguageSchema }),
  z.object({ type: z.literal('workshop'), event: SessionEventSchema }),
]);
/** One event from the main process to the renderer. */
export type AppEvent = z.infer<typeof AppEventSchema>;

/** The IPC channel the main process sends {@link AppEvent}s on. */
export const APP_EVENT_CHANNEL = 'app:event';
/** The name of the one subscription function the preload exposes next to the operations. */
export const ON_APP_EVENT_KEY = 'onAppEvent';

/**
 * Subscribes to {@link AppEvent}s; returns the function that unsubscribes. The listener receives
 * only the parsed payload, never Electron's event object.
 */
export type OnAppEvent = (listener: (event: AppEvent) => void) => () => void;

/**
 * Parses a payload received on {@link APP_EVENT_CHANNEL}; `null` for anything that is not a valid
 * event (the preload drops it rather than handing an unchecked value to the page).
 */
export function parseAppEvent(raw: unknown): AppEvent | null {
  const result = AppEventSchema.safeParse(raw);
  return result.success ? result.data : null;
}

/**
 * What the preload exposes on `window.journeyApi` in the desktop app: one function per contract
 * operation plus the one {@link OnAppEvent} subscription.
 */
export type DesktopBridge = ExposedApi & { readonly [ON_APP_EVENT_KEY]: OnAppEvent };
