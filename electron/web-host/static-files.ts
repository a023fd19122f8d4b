import path from 'node:path';

/** Where a request path leads inside the renderer folder. */
export type StaticTarget =
  | { kind: 'file'; filePath: string }
  /** A path with `..`, a NUL byte or a backslash that would leave the folder, or bad percent-encoding. */
  | { kind: 'refused' };

/**
 * Maps a URL path (still percent-encoded, without query) to a file inside `rootDir`, refusing
 * anything that would resolve outside it. Decoding happens before resolving so `%2e%2e` and `%2f`
 * cannot smuggle a `..` past the check; the prefix check is the last word either way.
 */
export function resolveStaticPath(rootDir: string, urlPath: string): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'refused' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused' };
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return { kind: 'refused' };
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return { kind: 'refused' };
  return { kind: 'file', filePath: filePath === root ? path.join(root, 'index.html') : filePath };
}

/**
 * A path whose last segment has no dot is a client-side route (e.g. `/maps/123`): the single-page
 * app answers it, so the host serves index.html. Paths that look like files get a real 404.
 */
export function isAppRoute(urlPath: string): boolean {
  const last = urlPath.split('/').pop() ?? '';
  return !last.includes('.');
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type of a served file; unknown kinds are opaque bytes (and `nosniff` keeps them so). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Puts `<meta name="…" content="token">` at the start of `<head>` so the renderer can read the
 * per-launch API token before any script runs.
 */
export function injectMeta(html: string, name: string, content: string): string {
  const tag = `<meta name="${escapeAttribute(name)}" content="${escapeAttribute(content)}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) {
    const at = head.index + head[0].length;
    return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
  }
  return `${tag}\n${html}`;
}
