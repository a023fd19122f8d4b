import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentTypeFor,
  injectMeta,
  isAppRoute,
  resolveStaticPath,
} from '../../electron/web-host/static-files';

const root = path.resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it('maps paths to files inside the folder, and / to index.html', () => {
    expect(resolveStaticPath(root, '/')).toEqual({ kind: 'file', filePath: path.join(root, 'index.html') });
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'assets', 'index-abc.js'),
    });
    expect(resolveStaticPath(root, '/fonts/%E4%B8%AD.woff2')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'fonts', '中.woff2'),
    });
  });

  it.each([
    '/../package.json',
    '/..',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/..%2fpackage.json',
    '/assets/..%2F..%2Fpackage.json',
    '/..%5cpackage.json',
    '/assets\\..\\..\\package.json',
    '/index.html%00.js',
    '/%E0%A4%A', // malformed percent-encoding
  ])('refuses %s', (urlPath) => {
    expect(resolveStaticPath(root, urlPath)).toEqual({ kind: 'refused' });
  });

  it('never resolves outside the folder, whatever the input', () => {
    const attempts = ['//etc/passwd', '/./../x', '/assets/./../../x', '/%2f%2fetc/passwd', '/a/b/../../../x'];
    for (const attempt of attempts) {
      const target = resolveStaticPath(root, attempt);
      if (target.kind === 'file') expect(target.filePath.startsWith(root + path.sep)).toBe(true);
    }
  });
});

describe('isAppRoute', () => {
  it('treats dot-less last segments as client routes and the rest as files', () => {
    expect(isAppRoute('/')).toBe(true);
    expect(isAppRoute('/maps/abc123')).toBe(true);
    expect(isAppRoute('/assets/missing.js')).toBe(false);
    expect(isAppRoute('/favicon.ico')).toBe(false);
  });
});

describe('contentTypeFor', () => {
  it('knows the kinds a Vite build emits and falls back to opaque bytes', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/a.bin')).toBe('application/octet-stream');
    expect(contentTypeFor('/x/noext')).toBe('application/octet-stream');
  });
});

describe('injectMeta', () => {
  it('puts the meta tag first in <head>, whatever its attributes', () => {
    const html = '<!doctype html><html><head lang="en"><title>x</title></head><body></body></html>';
    const out = injectMeta(html, 'journey-api-token', 'abc_-1');
    expect(out).toMatch(/<head lang="en">\s*<meta name="journey-api-token" content="abc_-1"><title>/);
  });

  it('escapes the value so it cannot break out of the attribute', () => {
    const out = injectMeta('<head></head>', 'n', '"><script>alert(1)</script>');
    expect(out).not.toContain('<script>');
    expect(out).toContain('content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('does not mistake <header> for <head>', () => {
    const out = injectMeta('<html><head></head><body><header></header></body></html>', 'n', 'v');
    expect(out.indexOf('<meta')).toBeLessThan(out.indexOf('<body>'));
  });
});
