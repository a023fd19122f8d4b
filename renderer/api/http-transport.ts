import type {
  ApiResult,
  ApiTransport,
  OperationInput,
  OperationName,
  OperationOutput,
} from '../../shared/api';
import { HTTP_API_PREFIX, HTTP_TOKEN_HEADER, HTTP_TOKEN_META_NAME } from '../../shared/api';

/** The meta tag the web host writes into index.html with its per-launch token. */
const TOKEN_META = `meta[name="${HTTP_TOKEN_META_NAME}"]`;

/** The web host's per-launch token from the page (empty in the desktop app, which needs none). */
export function readToken(doc: Document): string {
  return doc.querySelector<HTMLMetaElement>(TOKEN_META)?.content ?? '';
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error === 'object' && v.error !== null;
}

/**
 * The web-mode transport: `POST /api/<operation>` on the host that served the page, with the token
 * it put in the page. Every failure comes back as an error result (never a throw), like IPC.
 */
export function createHttpTransport(doc: Document = document, fetchImpl: typeof fetch = fetch): ApiTransport {
  const token = readToken(doc);
  return {
    async call<K extends OperationName>(name: K, input: OperationInput<K>) {
      type Result = ApiResult<OperationOutput<K>>;
      let response: Response;
      try {
        response = await fetchImpl(`${HTTP_API_PREFIX}${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: {
            code: 'internal',
            message:
              'The app cannot reach its local server. Check that it is still running (npm run web), then reload the page.',
            reason: 'server_unreachable',
          },
        } satisfies Result;
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        body = undefined;
      }
      if (isApiResult(body)) return body as Result;
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `The local server gave an unexpected answer (HTTP ${response.status}). Reload the page and try again.`,
          reason: 'server_bad_answer',
          params: { status: response.status },
        },
      } satisfies Result;
    },
  };
}
