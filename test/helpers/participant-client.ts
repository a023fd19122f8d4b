import http from 'node:http';
import type { ApiResult } from '../../shared/api';
import {
  PARTICIPANT_PATHS,
  PARTICIPANT_TOKEN_HEADER,
  type ParticipantInput,
  type ParticipantOperationName,
  type ParticipantOutput,
  type SessionEvent,
} from '../../shared/workshop';

// No vitest here: integration tests and the workshop bench both use it.

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request with full control of the headers (Host and Origin included), to 127.0.0.1 only. */
export function rawRequest(
  baseUrl: string,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    /** A keep-alive agent reuses connections as browsers do (the bench); none: one connection per request. */
    agent?: http.Agent;
  },
): Promise<RawResponse> {
  const url = new URL(options.path, baseUrl);
  if (url.hostname !== '127.0.0.1')
    throw new Error(`tests send traffic to 127.0.0.1 only, not ${url.hostname}`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: Number(url.port),
        method: options.method ?? 'GET',
        path: url.pathname + url.search,
        headers: { host: url.host, ...options.headers },
        agent: options.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** Calls one participant operation; answers the HTTP status and the ApiResult. */
export async function participantCall<K extends ParticipantOperationName>(
  baseUrl: string,
  name: K,
  input: ParticipantInput<K>,
  token?: string,
  agent?: http.Agent,
): Promise<{ status: number; result: ApiResult<ParticipantOutput<K>> }> {
  const response = await rawRequest(baseUrl, {
    ...(agent ? { agent } : {}),
    method: 'POST',
    path: `${PARTICIPANT_PATHS.apiPrefix}${name}`,
    headers: { 'content-type': 'application/json', ...(token ? { [PARTICIPANT_TOKEN_HEADER]: token } : {}) },
    body: JSON.stringify(input),
  });
  return { status: response.status, result: JSON.parse(response.body) as ApiResult<ParticipantOutput<K>> };
}

/** Like {@link participantCall}, but answers the value or throws with the error's reason. */
export async function participantValue<K extends ParticipantOperationName>(
  baseUrl: string,
  name: K,
  input: ParticipantInput<K>,
  token?: string,
): Promise<ParticipantOutput<K>> {
  const { result } = await participantCall(baseUrl, name, input, token);
  if (!result.ok)
    throw new Error(`${name}: ${result.error.reason ?? result.error.code}: ${result.error.message}`);
  return result.value;
}

/** An open Server-Sent Events stream, parsed into events (and `resync` notices). */
export interface EventStream {
  readonly events: SessionEvent[];
  readonly resyncs: number;
  /** Resolves when an event matching `predicate` has arrived (or at once if one already has). */
  waitFor(predicate: (event: SessionEvent) => boolean, timeoutMs?: number): Promise<SessionEvent>;
  readonly closed: Promise<void>;
  close(): void;
}

/** Opens `path` as an SSE stream (optionally with Last-Event-ID) and parses what arrives. */
export function openEventStream(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
  onEvent?: (event: SessionEvent) => void,
): Promise<EventStream> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const events: SessionEvent[] = [];
    let resyncs = 0;
    const waiters: { predicate: (e: SessionEvent) => boolean; resolve: (e: SessionEvent) => void }[] = [];
    let resolveClosed: () => void = () => {};
    const closed = new Promise<void>((r) => (resolveClosed = r));
    const req = http.request(
      {
        host: '127.0.0.1',
        port: Number(url.port),
        path: url.pathname + url.search,
        headers: { host: url.host, accept: 'text/event-stream', ...headers },
        agent: false,
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`event stream answered ${res.statusCode}`));
          return;
        }
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const lines = frame.split('\n');
            const name = lines.find((l) => l.startsWith('event: '))?.slice(7);
            const data = lines
              .filter((l) => l.startsWith('data: '))
              .map((l) => l.slice(6))
              .join('\n');
            if (!data) continue;
            if (name === 'resync') {
              resyncs += 1;
              continue;
            }
            const event = JSON.parse(data) as SessionEvent;
            events.push(event);
            onEvent?.(event);
            for (const w of [...waiters]) {
              if (w.predicate(event)) {
                waiters.splice(waiters.indexOf(w), 1);
                w.resolve(event);
              }
            }
          }
        });
        res.on('close', () => resolveClosed());
        resolve({
          events,
          get resyncs() {
            return resyncs;
          },
          waitFor(predicate, timeoutMs = 5_000) {
            const found = events.find(predicate);
            if (found) return Promise.resolve(found);
            return new Promise((res2, rej2) => {
              const timer = setTimeout(() => rej2(new Error('timed out waiting for an event')), timeoutMs);
              waiters.push({
                predicate,
                resolve: (e) => {
                  clearTimeout(timer);
                  res2(e);
                },
              });
            });
          },
          closed,
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', (error) => reject(error));
    req.end();
  });
}
