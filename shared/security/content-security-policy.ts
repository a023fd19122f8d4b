/**
 * The Content-Security-Policy of every page the app serves, sent as a response header by both the
 * Electron main process (for `app://` responses) and the web host (for every HTTP response), so the
 * two modes cannot drift apart.
 *
 * @remarks
 * - `script-src 'self'`: no inline scripts, no `eval`; the renderer's `index.html` must load its code
 *   from files.
 * - `style-src 'unsafe-inline'`: React Flow positions nodes with inline `style` attributes, which this
 *   directive governs; styles cannot run code, so this is the one relaxation.
 * - `img-src data: blob:`: PNG export and persona avatars use data and blob URLs.
 * - `frame-ancestors 'none'`, `form-action 'none'`, `base-uri 'none'`: the app is never framed, never
 *   posts forms and never changes its base URL.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Headers sent with every response, in both modes: the CSP plus the usual hardening (no MIME
 * sniffing, no referrer leaks, a browsing-context group and resources of our own).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
});
