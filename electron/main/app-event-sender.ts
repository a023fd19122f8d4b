import { APP_EVENT_CHANNEL, AppEventSchema, type AppEvent } from '../../shared/api/events';

/** The part of `WebContents` used to talk to the page. */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

/**
 * Sends one {@link AppEvent} to the page on the `app:event` channel. The payload is checked against
 * the same schema the preload checks, so a bug here fails loudly in main rather than being dropped.
 */
export function sendAppEvent(target: EventTarget | undefined, event: AppEvent): boolean {
  const payload = AppEventSchema.parse(event);
  if (!target || target.isDestroyed()) return false;
  target.send(APP_EVENT_CHANNEL, payload);
  return true;
}
