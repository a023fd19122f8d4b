/**
 * The HTTP transport of the contract (web mode): `POST {@link HTTP_API_PREFIX}<operation name>` with
 * the input as a JSON body and the per-launch token in the {@link HTTP_TOKEN_HEADER} header. Every
 * response body is an `ApiResult` as JSON.
 */
export const HTTP_API_PREFIX = '/api/';

/** The request header that carries the per-launch token; requests without it are refused (403). */
export const HTTP_TOKEN_HEADER = 'x-journey-token';

/**
 * The `<meta name>` under which the web host puts the token into the `index.html` it serves; the
 * renderer reads it from there (a foreign page cannot read our HTML cross-origin).
 */
export const HTTP_TOKEN_META_NAME = 'journey-api-token';

/**
 * Deepest nesting of arrays and objects accepted in a request body. Real inputs nest a few levels (a
 * tag of a card of a change); the limit keeps a hostile body from exhausting the stack of code that
 * walks parsed values.
 */
export const HTTP_MAX_JSON_DEPTH = 64;

/**
 * The facilitator's live workshop events on the web host (Server-Sent Events, `GET`). Guarded like
 * the API: our Host and Origin, and the per-launch token, here in the `token` query parameter
 * because EventSource cannot set headers. Query `sessionId` picks the session; a reconnect sends
 * `Last-Event-ID` (or `after=<seq>`) and gets the events it missed, or one `resync` event. The
 * desktop app sends the same events over IPC instead (`AppEvent` of type `workshop`).
 */
export const HTTP_WORKSHOP_EVENTS_PATH = '/api-events/workshop';
