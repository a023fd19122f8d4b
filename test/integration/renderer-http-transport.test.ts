import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { createApiClient, createHttpTransport } from '../../renderer/api';
import { ApiError } from '../../shared/api';

// The renderer's HTTP client against the real web host and a real library in a temp folder.
let dir: string;
let host: WebHost;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'journey-http-'));
  const rendererDir = path.join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head></head><body></body></html>',
  );
  host = await startWebHost({ dataDir: path.join(dir, 'data'), rendererDir });
});

afterEach(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

/** The page as the browser gets it: the token only from the served HTML, relative URLs on the host. */
async function pageOf(h: WebHost): Promise<{ doc: Document; fetchOnHost: typeof fetch }> {
  const html = await (await fetch(h.url)).text();
  const token = /<meta name="journey-api-token" content="([^"]+)"/.exec(html)?.[1];
  expect(token).toBe(h.token);
  const doc = {
    querySelector: (selector: string) => (selector.includes('journey-api-token') ? { content: token } : null),
  } as unknown as Document;
  const fetchOnHost = ((input: string, init?: RequestInit) =>
    fetch(new URL(input, h.url), init)) as typeof fetch;
  return { doc, fetchOnHost };
}

describe('renderer HTTP transport', () => {
  it('calls operations with the page token and returns their values', async () => {
    const { doc, fetchOnHost } = await pageOf(host);
    const api = createApiClient(createHttpTransport(doc, fetchOnHost));
    const created = await api.call('maps.create', {
      name: 'Funnel',
      templateId: 'sales-funnel',
      language: 'en',
    });
    const list = await api.call('maps.list', {});
    expect(list.map((m) => m.name)).toEqual(['Funnel']);
    const map = await api.call('maps.get', { id: created.id });
    expect(map.stages[0]?.name).toBe('Awareness');
  });

  it('throws typed ApiErrors for bad input and missing maps', async () => {
    const { doc, fetchOnHost } = await pageOf(host);
    const api = createApiClient(createHttpTransport(doc, fetchOnHost));
    const bad = await api.call('maps.create', { name: '   ', language: 'en' }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ApiError);
    expect(bad).toMatchObject({ code: 'invalid_input', path: 'name' });
    const missing = await api.call('maps.get', { id: 'nope' }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'not_found' });
  });

  it('turns a refused token and an unreachable host into error results with a helpful message', async () => {
    const { fetchOnHost } = await pageOf(host);
    const noToken = { querySelector: () => null } as unknown as Document;
    const refused = await createHttpTransport(noToken, fetchOnHost).call('maps.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await host.close();
    const gone = await createHttpTransport(noToken, fetchOnHost).call('maps.list', {});
    expect(gone).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringContaining('cannot reach its local server'),
        reason: 'server_unreachable',
      },
    });
  });
});
