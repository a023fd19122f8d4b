/**
 * The app's own origin. The renderer is served from a privileged `app://` scheme (not `file://`,
 * whose origin is shared by every local file) so that the CSP's `'self'`, the IPC sender check and
 * the navigation policy all have one exact origin to compare against.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'journey';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for URLs of our own origin, `app://journey/…`. The raw prefix check rejects look-alikes
 * (`app://journey.evil`, `app://journey@evil`, `https://evil.example/?next=app://journey`) before
 * parsing; the parse then confirms the browser would see the same host and no credentials.
 */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string' || !url.startsWith(`${APP_ORIGIN}/`)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/**
 * The URL path of an `app://` request, still percent-encoded and without query, for the static-file
 * resolver; `null` for anything that is not our origin.
 */
export function appUrlPath(url: string): string | null {
  if (!isAppUrl(url)) return null;
  return new URL(url).pathname;
}

/** The window may only ever show our own pages; every other navigation is cancelled. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}
