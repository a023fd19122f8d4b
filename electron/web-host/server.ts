import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatchOperation } from '../../shared/api/dispatch';
import type { ApiErrorData, ApiResult, ErrorCode } from '../../shared/api/errors';
import {
  HTTP_API_PREFIX,
  HTTP_MAX_JSON_DEPTH,
  HTTP_TOKEN_HEADER,
  HTTP_TOKEN_META_NAME,
  HTTP_WORKSHOP_EVENTS_PATH,
} from '../../shared/api/http';
import { SECURITY_HEADERS } from '../../shared/security/content-security-policy';
import { openLibrary, type Library } from '../backend';
import { createFacilitatorPresence, DEFAULT_FACILITATOR_GRACE_MS } from './facilitator-presence';
import { packageVersion } from './package-version';
import { parseJsonBody, readBody } from './read-body';
import { checkRequest } from './request-guard';
import { contentTypeFor, injectMeta, isAppRoute, resolveStaticPath } from './static-files';
import { sendJsonResult } from './send-json';
import { serveWorkshopEvents } from './workshop-events';

/** Big enough for imports of funnel exports and whole maps; anything larger is refused with 413. */
export const DEFAULT_MAX_BODY_BYTES = 25 * 1024 * 1024;

/** The built renderer, as `npm run build:renderer` writes it. */
export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

export interface WebHostOptions {
  /** The folder that holds the library file (created if missing). */
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built renderer to serve; defaults to `out/renderer`. */
  rendererDir?: string;
  /** The per-launch API token; a fresh random one by default. */
  token?: string;
  maxBodyBytes?: number;
  /** Reported by `library.info` and `desktop.info` and written into exported map files; package.json's by default. */
  appVersion?: string;
  /**
   * How long a workshop session outlives its facilitator's closed tab (the last event stream gone),
   * so that a reload or a network hiccup does not end it; 20 s by default, short in tests.
   */
  facilitatorGraceMs?: number;
}

export interface WebHost {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  readonly server: Server;
  readonly library: Library;
  /** Stops listening, drops open connections and closes the library. */
  close(): Promise<void>;
}

/** Thrown when there is no built renderer to serve. */
export class RendererNotBuiltError extends Error {
  constructor(rendererDir: string) {
    super(
      `The interface has not been built: ${path.join(rendererDir, 'index.html')} is missing. ` +
        'Run `npm run build:renderer` (or `npm run web`, which builds it) first.',
    );
    this.name = 'RendererNotBuiltError';
  }
}

/** Thrown when another program listens on the port asked for. */
export class PortInUseError extends Error {
  readonly port: number;
  constructor(port: number, cause: unknown) {
    super(`Port ${port} is already in use. Choose another with --port, or 0 for any free port.`, { cause });
    this.name = 'PortInUseError';
    this.port = port;
  }
}

const failure = (code: ErrorCode, message: string, extra: Partial<ApiErrorData> = {}): ApiResult<never> => ({
  ok: false,
  error: { code, message, ...extra },
});

function sendText(res: ServerResponse, status: number, text: string, head: boolean): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(head ? undefined : text);
}

/**
 * Starts the web host: the built renderer and the whole API contract over HTTP, on 127.0.0.1 only.
 * Every response carries the CSP; every request must name our Host (and our Origin, if any); every
 * API request must carry the per-launch token, which the served index.html holds in a meta tag.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const rendererDir = path.resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  const indexPath = path.join(rendererDir, 'index.html');
  if (!existsSync(indexPath)) throw new RendererNotBuiltError(rendererDir);

  const token = options.token ?? randomBytes(32).toString('base64url');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const library = openLibrary({
    dataDir: options.dataDir,
    appVersion: options.appVersion ?? packageVersion(),
    // The workshop listener serves the participant page of the same build (never index.html).
    rendererDir,
  });
  let port = 0;
  // Closing the facilitator's tab ends its session, like closing the desktop window quits the app.
  const presence = createFacilitatorPresence({
    graceMs: options.facilitatorGraceMs ?? DEFAULT_FACILITATOR_GRACE_MS,
    isRunning: (sessionId) => library.workshop.active()?.id === sessionId,
    end: async (sessionId) => {
      const result = await dispatchOperation(library.handlers, 'workshop.end', { sessionId });
      if (!result.ok) throw new Error(`${result.error.reason ?? result.error.code}: ${result.error.message}`);
    },
  });

  const handleApi = async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    if (req.method !== 'POST') {
      req.resume();
      res.setHeader('Allow', 'POST');
      sendJsonResult(
        res,
        405,
        failure('invalid_input', `The API only accepts POST requests, not ${req.method}.`, {
          reason: 'method_not_allowed',
          params: { method: String(req.method).slice(0, 20) },
        }),
      );
      return;
    }
    const refused = checkRequest(req.headers, { port, token, tokenHeader: HTTP_TOKEN_HEADER });
    if (refused) {
      req.resume();
      sendJsonResult(res, 403, failure('forbidden', refused.message, { reason: refused.errorReason }));
      return;
    }
    const body = await readBody(req, maxBodyBytes);
    if (!body.ok) {
      if (body.reason === 'aborted') return;
      const mb = Math.round(maxBodyBytes / (1024 * 1024));
      sendJsonResult(
        res,
        413,
        failure('too_large', `The request is larger than the ${mb} MB limit.`, {
          reason: 'request_too_large',
          params: { maxMb: mb },
        }),
      );
      return;
    }
    const parsed = parseJsonBody(body.body, HTTP_MAX_JSON_DEPTH);
    if (!parsed.ok) {
      sendJsonResult(res, 400, { ok: false, error: parsed.error });
      return;
    }
    const input = parsed.input;
    let name: string;
    try {
      name = decodeURIComponent(pathname.slice(HTTP_API_PREFIX.length));
    } catch {
      name = pathname.slice(HTTP_API_PREFIX.length);
    }
    const result = await dispatchOperation(library.handlers, name, input, (error, op) => {
      console.error(`[web-host] ${op} failed unexpectedly:`, error);
    });
    sendJsonResult(res, 200, result);
  };

  const handleStatic = async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      req.resume();
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Method not allowed.', false);
      return;
    }
    const target = resolveStaticPath(rendererDir, pathname);
    if (target.kind === 'refused') {
      sendText(res, 403, 'Forbidden.', head);
      return;
    }
    let filePath = target.filePath;
    const isFile = await stat(filePath).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!isFile) {
      if (filePath !== indexPath && !isAppRoute(pathname)) {
        sendText(res, 404, 'Not found.', head);
        return;
      }
      filePath = indexPath;
    }
    // The file may vanish between the stat and the read: a rebuild empties the folder first.
    const read = await readFile(filePath).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'EISDIR') return null;
      throw error;
    });
    if (read === null) {
      if (filePath === indexPath) {
        res.setHeader('Retry-After', '5');
        sendText(res, 503, new RendererNotBuiltError(rendererDir).message, head);
      } else {
        sendText(res, 404, 'Not found.', head);
      }
      return;
    }
    let content: Buffer;
    if (filePath === indexPath) {
      content = Buffer.from(injectMeta(read.toString('utf8'), HTTP_TOKEN_META_NAME, token), 'utf8');
      res.setHeader('Cache-Control', 'no-store');
    } else {
      content = read;
      res.setHeader('Cache-Control', 'no-cache');
    }
    res.writeHead(200, { 'Content-Type': contentTypeFor(filePath), 'Content-Length': content.length });
    res.end(head ? undefined : content);
  };

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const handle = async (): Promise<void> => {
      // Host and Origin are checked on every request, static files included: a DNS-rebinding page
      // must not even read index.html, which holds the token.
      const refused = checkRequest(req.headers, { port, token });
      if (refused) {
        req.resume();
        sendJsonResult(res, 403, failure('forbidden', refused.message, { reason: refused.errorReason }));
        return;
      }
      const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
      if (pathname === HTTP_WORKSHOP_EVENTS_PATH) {
        serveWorkshopEvents(req, res, library.workshop, token, presence);
      } else if (pathname === HTTP_API_PREFIX.slice(0, -1) || pathname.startsWith(HTTP_API_PREFIX)) {
        await handleApi(req, res, pathname);
      } else {
        await handleStatic(req, res, pathname);
      }
    };
    handle().catch((error: unknown) => {
      console.error('[web-host] request failed:', error);
      if (!res.headersSent) {
        sendJsonResult(
          res,
          500,
          failure('internal', 'Something went wrong inside the app. Please try again.', {
            reason: 'unexpected_error',
          }),
        );
      } else {
        res.destroy();
      }
    });
  });
  // Slow-loris guard; generous because imports may upload large files.
  server.requestTimeout = 120_000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    library.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new PortInUseError(options.port ?? 0, error);
    throw error;
  }
  port = (server.address() as AddressInfo).port;

  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    server,
    library,
    close() {
      closed ??= new Promise<void>((resolve) => {
        presence.dispose();
        server.close(() => {
          library.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
