import { HTTP_WORKSHOP_EVENTS_PATH } from '../../shared/api';
import { SessionEventSchema, SSE_RESYNC_EVENT, type SessionEvent } from '../../shared/workshop';
import { readToken } from '../api/http-transport';
import { appEventSubscription } from '../desktop/desktop-bridge';

export interface SessionEventHandlers {
  onEvent(event: SessionEvent): void;
  /** The server could not replay what was missed: read the map and the session afresh. */
  onResync(): void;
}

/**
 * The facilitator's live session events: over IPC in the desktop app (app events of type
 * `workshop`), else Server-Sent Events from the loopback host, which reconnect by themselves and
 * replay from the last event id. Returns the function that stops listening.
 */
export function subscribeSessionEvents(
  sessionId: string,
  after: number,
  handlers: SessionEventHandlers,
  win: Window = window,
): () => void {
  const subscribe = appEventSubscription(win);
  if (subscribe)
    return subscribe((event) => {
      if (event.type === 'workshop' && event.event.sessionId === sessionId) handlers.onEvent(event.event);
    });
  const query = new URLSearchParams({ sessionId, token: readToken(win.document), after: String(after) });
  const source = new EventSource(`${HTTP_WORKSHOP_EVENTS_PATH}?${query.toString()}`);
  source.onmessage = (message: MessageEvent<string>) => {
    const parsed = parseEvent(message.data);
    if (parsed) handlers.onEvent(parsed);
  };
  source.addEventListener(SSE_RESYNC_EVENT, () => handlers.onResync());
  return () => source.close();
}

/** One SSE payload as a session event; null for anything malformed (never applied). */
export function parseEvent(data: string): SessionEvent | null {
  try {
    const result = SessionEventSchema.safeParse(JSON.parse(data));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
