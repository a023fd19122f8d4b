import { APP_EVENT_CHANNEL, parseAppEvent, type AppEvent, type OnAppEvent } from '../../shared/api/events';

/** The part of `ipcRenderer` the subscription uses (structural, so tests can stand in for it). */
export interface EventSource {
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/**
 * Builds `onAppEvent(listener) -> unsubscribe`: listens on the one `app:event` channel only, hands
 * the page the parsed payload and never Electron's event object (which carries `sender`, i.e. the
 * raw `ipcRenderer`), and drops payloads that do not match the event schema.
 */
export function buildOnAppEvent(source: EventSource): OnAppEvent {
  return (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onAppEvent needs a listener function.');
    const forward = (_event: unknown, payload: unknown): void => {
      const parsed: AppEvent | null = parseAppEvent(payload);
      if (parsed !== null) listener(parsed);
    };
    source.on(APP_EVENT_CHANNEL, forward);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      source.removeListener(APP_EVENT_CHANNEL, forward);
    };
  };
}
