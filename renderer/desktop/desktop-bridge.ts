import { EXPOSED_API_KEY } from '../../shared/api';
import { ON_APP_EVENT_KEY, type OnAppEvent } from '../../shared/api/events';

/**
 * The preload's app-event subscription, when the page runs in the desktop app; undefined in a
 * browser (web mode), where there is no application menu and no OS file hand-over.
 */
export function appEventSubscription(win: Window = window): OnAppEvent | undefined {
  const bridge = (win as unknown as Record<string, Record<string, unknown> | undefined>)[EXPOSED_API_KEY];
  const subscribe = bridge?.[ON_APP_EVENT_KEY];
  return typeof subscribe === 'function' ? (subscribe as OnAppEvent) : undefined;
}
