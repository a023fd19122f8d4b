import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { SECURITY_HEADERS } from '../../shared/security/content-security-policy';
import { contentTypeFor, isAppRoute, resolveStaticPath } from '../web-host/static-files';
import { appUrlPath } from './url-policy';

/** What the `app://` handler answers; turned into a fetch `Response` by the protocol binding. */
export interface AppResource {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | string;
}

const text = (status: number, message: string): AppResource => ({
  status,
  headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  body: message,
});

/**
 * Serves one `app://journey/…` request from the built renderer folder, and nothing outside it: the
 * same traversal-proof resolver and single-page fallback as the web host, and the CSP on every
 * response (custom-protocol responses do not pass through `onHeadersReceived`).
 */
export async function loadAppResource(
  url: string,
  method: string,
  rendererDir: string,
): Promise<AppResource> {
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'Method not allowed.');
  const urlPath = appUrlPath(url);
  if (urlPath === null) return text(403, 'Forbidden.');
  const target = resolveStaticPath(rendererDir, urlPath);
  if (target.kind === 'refused') return text(403, 'Forbidden.');
  let filePath = target.filePath;
  const isFile = await stat(filePath).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) {
    if (!isAppRoute(urlPath)) return text(404, 'Not found.');
    filePath = path.join(path.resolve(rendererDir), 'index.html');
  }
  try {
    const body = new Uint8Array(await readFile(filePath));
    return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(filePath) }, body };
  } catch {
    return text(404, 'Not found.');
  }
}
