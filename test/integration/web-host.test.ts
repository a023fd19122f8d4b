import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { RendererNotBuiltError, startWebHost, type WebHost } from '../../electron/web-host/server';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request with full control over the request line and headers (fetch forbids setting Host
 * and normalises paths such as `/../x`, which these tests need to send verbatim).
 */
function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const INDEX_HTML =
  '<!doctype html><html><head><title>Journey</title></head><body><div id="root"></div></body></html>';

let tmp: string;
let host: WebHost;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'web-host-'));
  const rendererDir = path.join(tmp, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body{margin:0}');
  // A file right beside the served folder, which traversal attempts aim at.
  writeFileSync(path.join(tmp, 'secret.txt'), 'TOP-SECRET');
  host = await startWebHost({ dataDir: path.join(tmp, 'data'), port: 0, rendererDir });
});

afterAll(async () => {
  await host?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const api = (name: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> =>
  rawRequest(host.port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'content-type': 'application/json', 'x-journey-token': host.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

type JsonResult = { ok: boolean; value?: unknown; error?: { code: string; path?: string; message?: string } };
const json = (res: RawResponse): JsonResult => JSON.parse(res.body) as JsonResult;

function expectSecurityHeaders(res: RawResponse): void {
  expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
}

describe('web host: listening', () => {
  it('binds to 127.0.0.1 only and prints a loopback URL', () => {
    const address = host.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
  });

  it('makes a fresh, long random token per launch', async () => {
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = await startWebHost({
      dataDir: path.join(tmp, 'data-2'),
      rendererDir: path.join(tmp, 'renderer'),
    });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.port).not.toBe(host.port);
    } finally {
      await other.close();
    }
  });

  it('refuses to start without a built renderer and says how to build it', async () => {
    await expect(
      startWebHost({ dataDir: path.join(tmp, 'data-3'), rendererDir: path.join(tmp, 'nothing-here') }),
    ).rejects.toThrow(RendererNotBuiltError);
    await expect(
      startWebHost({ dataDir: path.join(tmp, 'data-3'), rendererDir: path.join(tmp, 'nothing-here') }),
    ).rejects.toThrow(/npm run build:renderer/);
  });
});

describe('web host: static files', () => {
  it('serves index.html with the token meta, no caching and the security headers', async () => {
    const res = await rawRequest(host.port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain(`<meta name="journey-api-token" content="${host.token}">`);
    expect(res.body).toContain('<div id="root"></div>');
    expectSecurityHeaders(res);
  });

  it('answers client-side routes with index.html', async () => {
    const res = await rawRequest(host.port, { path: '/maps/abc123?x=1' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('journey-api-token');
  });

  it('serves assets with their content types', async () => {
    const js = await rawRequest(host.port, { path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log("app");');
    expect(js.body).not.toContain(host.token);
    const css = await rawRequest(host.port, { path: '/assets/app.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expectSecurityHeaders(css);
  });

  it('answers a missing file with 404 and the security headers', async () => {
    const res = await rawRequest(host.port, { path: '/assets/missing.js' });
    expect(res.status).toBe(404);
    expectSecurityHeaders(res);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2F..%2Fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
  ])('refuses the traversal %s', async (attempt) => {
    const res = await rawRequest(host.port, { path: attempt });
    expect([403, 404]).toContain(res.status);
    expect(res.body).not.toContain('TOP-SECRET');
    expectSecurityHeaders(res);
  });

  it('refuses methods other than GET and HEAD on static paths', async () => {
    const res = await rawRequest(host.port, { method: 'DELETE', path: '/index.html' });
    expect(res.status).toBe(405);
    const head = await rawRequest(host.port, { method: 'HEAD', path: '/' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('refuses static files, index.html included, to a foreign Host (DNS rebinding)', async () => {
    const res = await rawRequest(host.port, { path: '/', headers: { host: `evil.com:${host.port}` } });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain(host.token);
    expectSecurityHeaders(res);
  });
});

describe('web host: while the interface is being rebuilt', () => {
  // `npm run build:renderer` empties out/renderer first, so for a moment index.html is gone while the
  // host keeps running: the page must hear "not built" (503, try again), not an internal error.
  let rebuilding: WebHost;
  let rendererDir: string;
  beforeAll(async () => {
    rendererDir = path.join(tmp, 'renderer-rebuilding');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
    rebuilding = await startWebHost({ dataDir: path.join(tmp, 'data-rebuilding'), rendererDir });
  });
  afterAll(async () => {
    await rebuilding?.close();
  });

  it('answers / and client-side routes with 503 "not built" while index.html is missing, then serves it again', async () => {
    renameSync(path.join(rendererDir, 'index.html'), path.join(rendererDir, 'index.html.old'));
    for (const route of ['/', '/maps/abc123', '/index.html']) {
      const res = await rawRequest(rebuilding.port, { path: route });
      expect(res.status, route).toBe(503);
      expect(res.body, route).toContain('The interface has not been built');
      expect(res.body, route).toContain('npm run build:renderer');
      expect(res.body, route).not.toContain('Something went wrong');
      expectSecurityHeaders(res);
    }
    const head = await rawRequest(rebuilding.port, { method: 'HEAD', path: '/' });
    expect(head.status).toBe(503);

    renameSync(path.join(rendererDir, 'index.html.old'), path.join(rendererDir, 'index.html'));
    const back = await rawRequest(rebuilding.port, { path: '/' });
    expect(back.status).toBe(200);
    expect(back.body).toContain(rebuilding.token);
  });

  it('answers 503 too when the whole folder is gone', async () => {
    renameSync(rendererDir, `${rendererDir}-moved`);
    try {
      const res = await rawRequest(rebuilding.port, { path: '/' });
      expect(res.status).toBe(503);
      const asset = await rawRequest(rebuilding.port, { path: '/assets/app.js' });
      expect(asset.status).toBe(404);
    } finally {
      renameSync(`${rendererDir}-moved`, rendererDir);
    }
  });
});

describe('web host: API guard', () => {
  it('answers a request with the token', async () => {
    const res = await api('maps.list', {});
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json(res)).toEqual({ ok: true, value: expect.any(Array) });
    expectSecurityHeaders(res);
  });

  it('accepts our own Origin and localhost', async () => {
    const viaLocalhost = await api(
      'maps.list',
      {},
      { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` },
    );
    expect(json(viaLocalhost).ok).toBe(true);
    const sameOrigin = await api('maps.list', {}, { origin: `http://127.0.0.1:${host.port}` });
    expect(json(sameOrigin).ok).toBe(true);
  });

  it.each([
    ['no token', { 'x-journey-token': '' }],
    ['a wrong token', { 'x-journey-token': 'not-the-token' }],
    ['a foreign Host', { host: 'evil.com' }],
    ['a rebinding Host', { host: `127.0.0.1.evil.com:${'PORT'}` }],
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['a null Origin', { origin: 'null' }],
    ['an Origin on another port', { origin: 'http://127.0.0.1:1' }],
  ])('refuses a request with %s (403, forbidden, nothing changed)', async (_label, headers) => {
    const patched = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, v.replace('PORT', String(host.port))]),
    );
    const before = json(await api('maps.list', {})).value as unknown[];
    const res = await api('maps.create', { name: 'Should not exist', language: 'en' }, patched);
    expect(res.status).toBe(403);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expectSecurityHeaders(res);
    const after = json(await api('maps.list', {})).value as unknown[];
    expect(after).toHaveLength(before.length);
  });

  it('refuses a request that omits the token header entirely', async () => {
    const res = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/maps.list',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(json(res).error?.code).toBe('forbidden');
  });

  it('allows only POST on the API', async () => {
    const res = await rawRequest(host.port, {
      path: '/api/maps.list',
      headers: { 'x-journey-token': host.token },
    });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(json(res).ok).toBe(false);
    expectSecurityHeaders(res);
  });
});

describe('web host: API bodies and errors', () => {
  it('refuses a body over 25 MB with 413 too_large', async () => {
    const huge = JSON.stringify({ query: 'x'.repeat(26 * 1024 * 1024) });
    const res = await api('maps.list', huge);
    expect(res.status).toBe(413);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expectSecurityHeaders(res);
  });

  it('refuses a streamed (chunked) body that grows past the limit', async () => {
    const res = await new Promise<RawResponse>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/api/maps.list',
          headers: {
            host: `127.0.0.1:${host.port}`,
            'x-journey-token': host.token,
            'transfer-encoding': 'chunked',
          },
          agent: false,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks).toString(),
            }),
          );
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let i = 0; i < 26; i += 1) req.write(chunk);
      req.end();
    });
    expect(res.status).toBe(413);
    expect(json(res).error?.code).toBe('too_large');
  });

  it('refuses malformed JSON with 400 invalid_input at (root)', async () => {
    const res = await api('maps.list', '{"query": ');
    expect(res.status).toBe(400);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'invalid_input', path: '(root)' } });
  });

  it('names the bad field of a bad input and changes nothing', async () => {
    const created = json(await api('maps.create', { name: 'Onboarding', language: 'en' }));
    expect(created.ok).toBe(true);
    const id = (created.value as { id: string }).id;
    const res = await api('maps.rename', { id, name: '' });
    expect(res.status).toBe(200);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'name' } });
    const map = json(await api('maps.get', { id }));
    expect(map).toMatchObject({ ok: true, value: { name: 'Onboarding' } });
  });

  it("names the field for the brief's example input too", async () => {
    const res = await api('maps.rename', { id: 'x', name: '' });
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'name' } });
  });

  it('answers an unknown operation with unknown_operation', async () => {
    const res = await api('maps.explode', {});
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  });

  it('treats an empty body as an empty input', async () => {
    const res = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/maps.list',
      headers: { 'x-journey-token': host.token },
    });
    expect(json(res).ok).toBe(true);
  });

  it('runs the real services against the real library file', async () => {
    const created = json(await api('maps.create', { name: '客户旅程', language: 'zh-CN' }));
    expect(created.ok).toBe(true);
    const listed = json(await api('maps.list', { query: '客户' }));
    expect(listed.value).toEqual([expect.objectContaining({ name: '客户旅程' })]);
    const info = json(await api('library.info', {}));
    expect(info.value).toMatchObject({ path: path.join(tmp, 'data', 'library.sqlite') });
  });

  it("reports package.json's version when started without one (not only under `npm run`)", async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(json(await api('library.info', {})).value).toMatchObject({ appVersion: version });
    expect(json(await api('desktop.info', {})).value).toMatchObject({ versions: { app: version } });
  });

  it('reports no platform capability, and answers their operations unsupported with what to do instead', async () => {
    expect(json(await api('app.capabilities', {}))).toEqual({
      ok: true,
      value: { nativeDialogs: false, printToPdf: false, librarySwitch: false, workshopSession: true },
    });
    const pdf = json(await api('files.printToPdf', { printHash: '#/print/m1', suggestedName: 'a.pdf' }));
    expect(pdf).toMatchObject({ ok: false, error: { code: 'unsupported', message: /print dialog/ } });
    const other = json(await api('library.openOther', {}));
    expect(other).toMatchObject({ ok: false, error: { code: 'unsupported', message: /--data <folder>/ } });
  });
});

describe('web host: bodies and map files that echoed the machine', () => {
  /** A real map file, exported by the real service. */
  const exportedMapFile = async (): Promise<string> => {
    const created = json(await api('maps.create', { name: 'BOM test', language: 'en' }));
    const id = (created.value as { id: string }).id;
    return (json(await api('maps.exportFile', { id })).value as { text: string }).text;
  };
  const mapCount = async (): Promise<number> => (json(await api('maps.list', {})).value as unknown[]).length;

  it('reads a request body that starts with a UTF-8 byte-order mark', async () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"query":"BOM"}')]);
    const res = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/maps.list',
      headers: { 'content-type': 'application/json', 'x-journey-token': host.token },
      body,
    });
    expect(res.status).toBe(200);
    expect(json(res)).toMatchObject({ ok: true, value: [] });
  });

  it('imports a map file whose text starts with a byte-order mark', async () => {
    const text = `\uFEFF${await exportedMapFile()}`;
    const res = json(await api('maps.importFile', { text, fileName: 'bom.journeymap' }));
    expect(res).toMatchObject({ ok: true, value: { map: { name: 'BOM test (copy)' }, repairs: [] } });
  });

  it('refuses a body nested 10,000 levels deep as nested too deep, not as a crash', async () => {
    const deep = `{"query":"", "x": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const res = await api('maps.list', deep);
    expect(res.status).toBe(400);
    expect(json(res)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', reason: 'request_too_deep', params: { maxDepth: 64 }, path: '(root)' },
    });
  });

  it('refuses a map file nested 10,000 levels deep as nested too deep and adds nothing', async () => {
    const before = await mapCount();
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const text = (await exportedMapFile()).replace('"app": {', `"deep": ${deep},\n  "app": {`);
    const res = json(await api('maps.importFile', { text }));
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', reason: 'map_file_too_deep' } });
    expect(res.error?.message).not.toMatch(/call stack/);
    expect(await mapCount()).toBe(before + 1);
  });

  it('says a PNG sent as a map file is a PNG image, without echoing its bytes', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const res = await api('maps.importFile', {
      text: new TextDecoder().decode(png),
      fileName: 'photo.journeymap',
    });
    expect(json(res)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', reason: 'map_file_is_png' },
    });
    expect(json(res).error?.message).toBe(
      'This is a PNG image, not a journey map file. Choose a .journeymap file.',
    );
    expect(res.body).not.toContain('\uFFFD');
    expect(res.body).not.toContain('\\u001a');
  });

  it('says how large a request may be when it is too large', async () => {
    const huge = JSON.stringify({ query: 'x'.repeat(26 * 1024 * 1024) });
    const res = await api('maps.list', huge);
    expect(res.status).toBe(413);
    expect(json(res)).toMatchObject({
      ok: false,
      error: { code: 'too_large', reason: 'request_too_large', params: { maxMb: 25 } },
    });
  });

  it('answers 1.2 million __proto__ objects with one counted repair, not 1.2 million sentences', async () => {
    const many = new Array<string>(1_200_000).fill('{"__proto__":0}').join(',');
    const text = (await exportedMapFile()).replace('"app": {', `"junk": [${many}],\n  "app": {`);
    const res = await api('maps.importFile', { text });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeLessThan(5_000);
    expect((json(res).value as { repairs: unknown }).repairs).toEqual([
      {
        kind: 'dropped_field',
        count: 1_200_000,
        params: { key: '__proto__' },
        examples: ['junk.0.__proto__', 'junk.1.__proto__', 'junk.2.__proto__'],
      },
    ]);
  }, 120_000);
});
