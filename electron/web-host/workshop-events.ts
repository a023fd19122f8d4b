import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTP_TOKEN_HEADER } from '../../shared/api/http';
import { SSE_HEARTBEAT, SSE_PREAMBLE, sseFrame, sseResyncFrame } from '../../shared/workshop';
import type { WorkshopService } from '../backend/workshop/workshop-service';
import type { FacilitatorPresence } from './facilitator-presence';
import { isValidToken } from './request-guard';

const HEARTBEAT_MS = 15_000;

/**
 * The facilitator's workshop events over the loopback host (`GET /api-events/workshop`), as
 * Server-Sent Events. Host and Origin were checked by the server like for every request; the
 * per-launch token comes in the `token` query parameter (EventSource sends no custom headers) or
 * the usual header, compared in constant time. `sessionId` picks the session; a reconnect's
 * `Last-Event-ID` (or `after`) replays what was missed, or sends one `resync` event. Without a
 * running session of that id the stream answers 404, and the client polls `workshop.current`.
 * Every open stream counts as the facilitator's page being there (`presence`).
 */
export function serveWorkshopEvents(
  req: IncomingMessage,
  res: ServerResponse,
  workshop: WorkshopService,
  token: string,
  presence?: FacilitatorPresence,
): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const presented = url.searchParams.get('token') ?? req.headers[HTTP_TOKEN_HEADER];
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    json(405, {
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'GET only.',
        reason: 'method_not_allowed',
        params: { method: String(req.method).slice(0, 20) },
      },
    });
    return;
  }
  if (!isValidToken(typeof presented === 'string' ? presented : undefined, token)) {
    json(403, {
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Refused: the API token is missing or wrong.',
        reason: 'request_refused_token',
      },
    });
    return;
  }
  const sessionId = url.searchParams.get('sessionId') ?? '';
  const lastHeader = req.headers['last-event-id'];
  const last = Number(typeof lastHeader === 'string' ? lastHeader : (url.searchParams.get('after') ?? NaN));
  const backlog = workshop.since(sessionId, Number.isInteger(last) && last >= 0 ? last : 0);
  if (!backlog) {
    json(404, {
      ok: false,
      error: { code: 'not_found', message: 'No such session is running.', reason: 'session_not_running' },
    });
    return;
  }
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(SSE_PREAMBLE);
  if (Number.isInteger(last) && last >= 0) {
    if (backlog.resync) res.write(sseResyncFrame(backlog.latestSeq));
    for (const event of backlog.events) res.write(sseFrame(event));
  }
  const unsubscribe = workshop.subscribe((event) => {
    if (event.sessionId !== sessionId) return;
    res.write(sseFrame(event));
    if (event.type === 'session.ended') res.end();
  });
  const heartbeat = setInterval(() => res.write(SSE_HEARTBEAT), HEARTBEAT_MS);
  heartbeat.unref();
  const gone = presence?.opened(sessionId);
  res.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
    gone?.();
  });
}
