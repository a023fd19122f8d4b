import type { SessionEvent } from './events';
import { SSE_RESYNC_EVENT } from './participant-protocol';

const frames = new WeakMap<SessionEvent, string>();

/**
 * One event as a Server-Sent Events frame (`id:` its sequence number, `data:` its JSON). The same
 * event goes to every open stream, so it is serialised once and the text reused.
 */
export function sseFrame(event: SessionEvent): string {
  let frame = frames.get(event);
  if (frame === undefined) {
    frame = `id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`;
    frames.set(event, frame);
  }
  return frame;
}

/** The frame telling a client that what it missed is gone: read map and state afresh. */
export const sseResyncFrame = (latestSeq: number): string =>
  `event: ${SSE_RESYNC_EVENT}\ndata: ${JSON.stringify({ latestSeq })}\n\n`;

/** Asks the client to reconnect after 2 s when the connection drops. */
export const SSE_PREAMBLE = 'retry: 2000\n\n';
export const SSE_HEARTBEAT = ': keep-alive\n\n';
