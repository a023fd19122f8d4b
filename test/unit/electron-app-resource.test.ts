import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAppResource, type AppResource } from '../../electron/main/app-resource';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';

let tmp: string;
let rendererDir: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'app-resource-'));
  rendererDir = path.join(tmp, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'main.js'), 'export {};');
  writeFileSync(path.join(tmp, 'secret.txt'), 'TOP-SECRET');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const bodyText = (resource: AppResource): string =>
  typeof resource.body === 'string' ? resource.body : Buffer.from(resource.body).toString('utf8');

describe('loadAppResource (the app:// protocol)', () => {
  it('serves index.html and assets with content types and the CSP', async () => {
    const index = await loadAppResource('app://journey/index.html', 'GET', rendererDir);
    expect(index.status).toBe(200);
    expect(index.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(index.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(bodyText(index)).toContain('<title>app</title>');

    const js = await loadAppResource('app://journey/assets/main.js?v=2', 'GET', rendererDir);
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(bodyText(js)).toBe('export {};');
  });

  it('answers client routes with index.html and missing files with 404', async () => {
    expect(bodyText(await loadAppResource('app://journey/maps/abc', 'GET', rendererDir))).toContain(
      '<title>',
    );
    const missing = await loadAppResource('app://journey/assets/nope.js', 'GET', rendererDir);
    expect(missing.status).toBe(404);
    expect(missing.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://journey/../secret.txt',
    'app://journey/%2e%2e/secret.txt',
    'app://journey/..%2fsecret.txt',
    'app://journey/assets/..%2F..%2Fsecret.txt',
    'app://journey/..%5csecret.txt',
  ])('never serves files outside the renderer folder: %s', async (url) => {
    const resource = await loadAppResource(url, 'GET', rendererDir);
    expect(bodyText(resource)).not.toContain('TOP-SECRET');
  });

  it('refuses other origins and methods', async () => {
    expect((await loadAppResource('app://journey.evil/index.html', 'GET', rendererDir)).status).toBe(403);
    expect((await loadAppResource('app://journey/index.html', 'POST', rendererDir)).status).toBe(405);
  });
});
