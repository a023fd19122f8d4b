import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApiError, toErrorData, type ApiResult } from '../../../shared/api/errors';
import { HTTP_MAX_JSON_DEPTH } from '../../../shared/api/http';
import { SECURITY_HEADERS } from '../../../shared/security/content-security-policy';
import {
  isParticipantHost,
  isParticipantOrigin,
  PARTICIPANT_LIMITS,
  PARTICIPANT_MAX_BODY_BYTES,
  PARTICIPANT_OPERATIONS,
  PARTICIPANT_PAGE_FILE,
  PARTICIPANT_TOKEN_HEADER,
  PARTICIPANT_TOKEN_QUERY,
  routeParticipantRequest,
  SSE_HEARTBEAT,
  SSE_PREAMBLE,
  sseFrame,
  sseResyncFrame,
  type ParticipantOperationName,
  type SessionEvent,
} from '../../../shared/workshop';
import { invalidInputFromZod } from '../../../shared/api/errors';
import { contentTypeFor } from '../../web-host/static-files';
import { parseJsonBody, readBody } from '../../web-host/read-body';
import { sendJsonResult } from '../../web-host/send-json';
import type { ActiveSession, LiveParticipant } from './active-session';
import { authenticate, type ParticipantActions } from './participant-actions';
import { rateLimited, tokenRefused } from './workshop-errors';

export interface ParticipantListenerOptions {
  address: string;
  /** 0: any free port. */
  port: number;
  /** The built renderer; without it the page answers 503 (the API still works, e.g. in tests). */
  rendererDir?: string | undefined;
  participants: ParticipantActions;
  /** The session this listener serves, while it runs. */
  session: () => ActiveSession | null;
  subscribe: (listener: (event: SessionEvent) => void) => () => void;
}

export interface ParticipantListener {
  readonly port: number;
  /** Stops listening and drops every connection (open event streams included) at once. */
  close(): void;
}

/** SSE comment lines keep idle streams open through proxies and phones' network stacks. */
const HEARTBEAT_MS = 15_000;

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

const refusal = (status: number, error: ApiError): [number, ApiResult<never>] => [
  status,
  { ok: false, error: toErrorData(error) },
];

/**
 * The participants' server: a separate `http` server bound to the chosen address, answering only
 * the participant allow-list (shared/workshop/allow-list.ts). It has no route to the loopback API
 * and never serves index.html (which carries the loopback token): only participant.html and the
 * built assets. Every response carries the app's strict CSP.
 */
export async function startParticipantListener(
  options: ParticipantListenerOptions,
): Promise<ParticipantListener> {
  const { address, participants } = options;
  let port = options.port;
  const streams = new Set<{ res: ServerResponse; participantId: string }>();
  const assetsDir = options.rendererDir ? path.resolve(options.rendererDir, 'assets') : null;

  const clientOf = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';

  const handleApi = async (req: IncomingMessage, res: ServerResponse, name: ParticipantOperationName) => {
    const body = await readBody(req, PARTICIPANT_MAX_BODY_BYTES);
    if (!body.ok) {
      if (body.reason === 'aborted') return;
      const kb = PARTICIPANT_MAX_BODY_BYTES / 1024;
      sendJsonResult(res, 413, {
        ok: false,
        error: {
          code: 'too_large',
          message: `The request is larger than the ${kb} KB limit.`,
          reason: 'request_too_large',
          params: { maxMb: kb / 1024 },
        },
      });
      return;
    }
    const parsedBody = parseJsonBody(body.body, HTTP_MAX_JSON_DEPTH);
    if (!parsedBody.ok) {
      sendJsonResult(res, 400, { ok: false, error: parsedBody.error });
      return;
    }
    const [status, result] = run(name, parsedBody.input, req);
    sendJsonResult(res, status, result);
  };

  /** Authenticates, rate-limits, parses with zod and calls the participant action. */
  const run = (
    name: ParticipantOperationName,
    raw: unknown,
    req: IncomingMessage,
  ): [number, ApiResult<unknown>] => {
    const session = options.session();
    try {
      if (!session) return refusal(410, tokenRefused());
      const client = clientOf(req);
      const now = Date.now();
      let participant: LiveParticipant | null = null;
      if (name !== 'join') {
        participant = authenticate(session, req.headers[PARTICIPANT_TOKEN_HEADER]);
        if (!participant) return refusal(401, tokenRefused());
        participant.lastSeenMs = now;
      }
      const key = participant?.id ?? `addr:${client}`;
      if (!session.requestLimit.take(key, now)) {
        return refusal(429, rateLimited(Math.ceil(session.requestLimit.retryAfterMs(key, now) / 1000)));
      }
      const parsed = PARTICIPANT_OPERATIONS[name].input.safeParse(raw ?? {});
      if (!parsed.success) throw invalidInputFromZod(parsed.error, `input for ${name}`);
      const input = parsed.data as never;
      const p = participant as LiveParticipant;
      const value: unknown = (() => {
        switch (name) {
          case 'join':
            return participants.join(input, client);
          case 'state':
            return participants.state(p);
          case 'map':
            return participants.map();
          case 'addCard':
            return participants.addCard(p, input);
          case 'editCard':
            return participants.editCard(p, input);
          case 'deleteCard':
            return participants.deleteCard(p, input);
          case 'castVote':
            return participants.castVote(p, input);
          case 'withdrawVote':
            return participants.withdrawVote(p, input);
          case 'events':
            return participants.events(input);
          case 'leave':
            return participants.leave(p);
        }
      })();
      return [200, { ok: true, value }];
    } catch (error) {
      if (!(error instanceof ApiError)) console.error(`[workshop] participant ${name} failed:`, error);
      return [200, { ok: false, error: toErrorData(error) }];
    }
  };

  const handleEvents = (req: IncomingMessage, res: ServerResponse) => {
    const session = options.session();
    const url = new URL(req.url ?? '/', 'http://participant.invalid');
    const participant = session ? authenticate(session, url.searchParams.get(PARTICIPANT_TOKEN_QUERY)) : null;
    if (!session || !participant) {
      sendJsonResult(res, 401, { ok: false, error: toErrorData(tokenRefused()) });
      return;
    }
    if (participant.streams >= PARTICIPANT_LIMITS.streamsPerParticipant) {
      sendJsonResult(res, 429, { ok: false, error: toErrorData(rateLimited(5)) });
      return;
    }
    const lastHeader = req.headers['last-event-id'];
    const last = Number(typeof lastHeader === 'string' ? lastHeader : (url.searchParams.get('after') ?? NaN));
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(SSE_PREAMBLE);
    const stream = { res, participantId: participant.id };
    streams.add(stream);
    participant.streams += 1;
    if (Number.isInteger(last) && last >= 0) {
      const page = session.log.since(last);
      if (page.resync) res.write(sseResyncFrame(page.latestSeq));
      for (const event of page.events) res.write(sseFrame(event));
    }
    const unsubscribe = options.subscribe((event) => {
      if (event.sessionId !== session.id) return;
      res.write(sseFrame(event));
      if (
        event.type === 'session.ended' ||
        (event.type === 'participant.removed' && event.participantId === participant.id)
      ) {
        res.end();
      }
    });
    const heartbeat = setInterval(() => res.write(SSE_HEARTBEAT), HEARTBEAT_MS);
    heartbeat.unref();
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(stream);
      participant.streams = Math.max(0, participant.streams - 1);
      participant.lastSeenMs = Date.now();
    });
  };

  const handleFile = async (res: ServerResponse, file: string, head: boolean) => {
    if (!options.rendererDir || !assetsDir) {
      sendText(res, 503, 'The participant page has not been built.');
      return;
    }
    const filePath =
      file === PARTICIPANT_PAGE_FILE ? path.join(options.rendererDir, file) : path.join(assetsDir, file);
    // The allow-list already refused any path; this is the last word that nothing leaves the folder.
    if (file !== PARTICIPANT_PAGE_FILE && path.dirname(filePath) !== assetsDir) {
      sendText(res, 404, 'Not found.');
      return;
    }
    const content = await readFile(filePath).catch(() => null);
    if (!content) {
      sendText(
        res,
        file === PARTICIPANT_PAGE_FILE ? 503 : 404,
        file === PARTICIPANT_PAGE_FILE ? 'The participant page has not been built.' : 'Not found.',
      );
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentTypeFor(filePath),
      'Content-Length': content.length,
      'Cache-Control': file === PARTICIPANT_PAGE_FILE ? 'no-store' : 'no-cache',
    });
    res.end(head ? undefined : content);
  };

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const handle = async () => {
      // Host and Origin first, on every path: a page of another site (or a DNS name rebound to this
      // address) must not even read the participant page.
      const refused = !isParticipantHost(req.headers.host, address, port)
        ? ({ message: 'Refused: wrong Host.', reason: 'session_refused_host' } as const)
        : !isParticipantOrigin(req.headers.origin, address, port)
          ? ({ message: 'Refused: foreign Origin.', reason: 'session_refused_origin' } as const)
          : null;
      if (refused) {
        req.resume();
        sendJsonResult(res, 403, {
          ok: false,
          error: { code: 'forbidden', message: refused.message, reason: refused.reason },
        });
        return;
      }
      const route = routeParticipantRequest(req.method, req.url);
      switch (route.kind) {
        case 'refused':
          req.resume();
          if (route.status === 405) res.setHeader('Allow', 'GET, HEAD, POST');
          sendText(res, route.status, route.status === 404 ? 'Not found.' : 'Method not allowed.');
          return;
        case 'page':
          await handleFile(res, PARTICIPANT_PAGE_FILE, req.method === 'HEAD');
          return;
        case 'asset':
          await handleFile(res, route.file, req.method === 'HEAD');
          return;
        case 'events':
          handleEvents(req, res);
          return;
        case 'api':
          await handleApi(req, res, route.name);
          return;
      }
    };
    handle().catch((error: unknown) => {
      console.error('[workshop] participant request failed:', error);
      if (!res.headersSent) sendJsonResult(res, 500, { ok: false, error: toErrorData(error) });
      else res.destroy();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.maxConnections = PARTICIPANT_LIMITS.connections;
  // Phones send a request every few seconds; keeping their connections longer than Node's 5 s
  // spares a handshake per request.
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    close() {
      for (const stream of streams) stream.res.end();
      server.close();
      server.closeAllConnections();
    },
  };
}
