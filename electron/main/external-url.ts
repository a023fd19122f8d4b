/** The longest link the app hands to the operating system. */
const MAX_EXTERNAL_URL_LENGTH = 2_048;

/**
 * Whether a link may be opened in the user's browser or mail client through `shell.openExternal`.
 * Only `https:` (with a real host and no credentials) and `mailto:` pass: never `http:`, `file:`,
 * `javascript:`, `app:`, custom handlers (`ms-settings:`, `smb:`…) that could run programs or leak
 * files, and never a string with control characters or whitespace a shell or handler might split.
 */
export function isAllowedExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  // Raw check before parsing: the URL parser silently strips tabs and newlines, a handler may not.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') {
    return /^mailto:[^/]/i.test(url) && parsed.pathname.includes('@');
  }
  if (parsed.protocol !== 'https:') return false;
  if (!/^https:\/\/[^/?#]/i.test(url)) return false;
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}
