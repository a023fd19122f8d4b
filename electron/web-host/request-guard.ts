import { createHash, timingSafeEqual } from 'node:crypto';
import type { ErrorReason } from '../../shared/api/error-reasons';

/**
 * Why a request was refused; the message is safe to show to the caller, and `errorReason` is the
 * same in the UI language.
 */
export interface GuardFailure {
  reason: 'host' | 'origin' | 'token';
  message: string;
  errorReason: ErrorReason;
}

/** The headers the guard looks at, as Node's `IncomingHttpHeaders` gives them. */
export interface GuardHeaders {
  host?: string | undefined;
  origin?: string | undefined;
  [name: string]: string | string[] | undefined;
}

/**
 * The Host header must name our loopback address and port exactly. Anything else means a DNS
 * rebinding attempt (a foreign name that resolves to 127.0.0.1) or a client we did not start.
 * Comparison is exact on purpose: browsers send the host lower-case, so nothing legitimate is lost.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (typeof host !== 'string') return false;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * The Origin header may be absent (same-origin navigations, non-browser clients) or exactly our own
 * origin. `null` (sandboxed frames, file pages) and every other origin are foreign.
 */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Compares the presented token with ours in constant time. Both sides are hashed first so that
 * `timingSafeEqual` always sees equal lengths and the length of our token does not leak either.
 */
export function isValidToken(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0 || expected.length === 0) return false;
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * Checks Host and Origin (every request) and, when `tokenHeader` is given, the token (API requests).
 * Returns `null` when the request may proceed.
 */
export function checkRequest(
  headers: GuardHeaders,
  expected: { port: number; token: string; tokenHeader?: string },
): GuardFailure | null {
  if (!isAllowedHost(headers.host, expected.port)) {
    return {
      reason: 'host',
      message: 'Refused: this server only answers to 127.0.0.1 and localhost.',
      errorReason: 'request_refused_host',
    };
  }
  const origin = headers.origin;
  if (!isAllowedOrigin(origin, expected.port)) {
    return {
      reason: 'origin',
      message: 'Refused: requests from other web pages are not allowed.',
      errorReason: 'request_refused_origin',
    };
  }
  if (expected.tokenHeader !== undefined && !isValidToken(headers[expected.tokenHeader], expected.token)) {
    return {
      reason: 'token',
      message: 'Refused: the API token is missing or wrong. Reload the page this server printed.',
      errorReason: 'request_refused_token',
    };
  }
  return null;
}
