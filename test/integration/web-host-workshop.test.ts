import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import type { SessionInfo } from '../../shared/api';
import { HTTP_TOKEN_HEADER, HTTP_WORKSHOP_EVENTS_PATH } from '../../shared/api/http';
import { makeMap } from '../../shared/document/test-map';
import { seedMap } from '../helpers/seed-map';
import { openEventStream, participantValue, rawRequest } from '../helpers/participant-client';

// The facilitator's side on the web: the workshop operations over the loopback API and the event
// stream on the loopback host, guarded like the rest of its API.

let tmp: string;
let host: WebHost;

beforeEach(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'web-host-workshop-'));
  const rendererDir = path.join(tmp, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  writeFileSync(
    path.join(rendererDir, 'participant.html'),
    '<html><head></head><body>participant</body></html>',
  );
  host = await startWebHost({ dataDir: path.join(tmp, 'data'), rendererDir, port: 0 });
});

afterEach(async () => {
  await host.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function api<T>(name: string, input: unknown): Promise<T> {
  const answer = await rawRequest(host.url, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { [HTTP_TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = JSON.parse(answer.body) as { ok: boolean; value: T; error?: unknown };
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('workshop on the web host', () => {
  it('streams the session events to the facilitator page, with the token, and serves the participant page on its own listener', async () => {
    const mapId = await seedMap(host.library.handlers, makeMap({ idPrefix: 'wh' }));
    const info = await api<SessionInfo>('workshop.start', { mapId, bindAddress: '127.0.0.1' });
    expect(info.port).not.toBe(host.port);
    const path_ = `${HTTP_WORKSHOP_EVENTS_PATH}?sessionId=${info.state.sessionId}&token=${encodeURIComponent(host.token)}`;
    const stream = await openEventStream(host.url, path_);
    const secret = info.joinUrl.split('/join/')[1]!;
    await participantValue(info.homeUrl, 'join', { via: { kind: 'link', secret }, displayName: 'Ana' });
    const joined = await stream.waitFor((e) => e.type === 'participant.joined');
    expect(joined).toMatchObject({ seq: 1, participant: { displayName: 'Ana' } });

    // The loopback host does not serve the participant surface, and the listener not the loopback one.
    expect(
      (await rawRequest(host.url, { method: 'POST', path: '/session/api/state', body: '{}' })).status,
    ).not.toBe(200);
    expect((await rawRequest(info.homeUrl, { path: '/' })).body).toContain('participant');

    await api('workshop.end', { sessionId: info.state.sessionId });
    await stream.waitFor((e) => e.type === 'session.ended');
    await stream.closed;
  });

  it('refuses the event stream without the token, with a foreign Host or Origin, and for a session not running', async () => {
    const mapId = await seedMap(host.library.handlers, makeMap({ idPrefix: 'wr' }));
    const info = await api<SessionInfo>('workshop.start', { mapId, bindAddress: '127.0.0.1' });
    const base = `${HTTP_WORKSHOP_EVENTS_PATH}?sessionId=${info.state.sessionId}`;
    expect((await rawRequest(host.url, { path: base })).status).toBe(403);
    expect((await rawRequest(host.url, { path: `${base}&token=wrong` })).status).toBe(403);
    const good = `${base}&token=${encodeURIComponent(host.token)}`;
    expect(
      (await rawRequest(host.url, { path: good, headers: { host: `evil.example:${host.port}` } })).status,
    ).toBe(403);
    expect(
      (await rawRequest(host.url, { path: good, headers: { origin: 'http://evil.example' } })).status,
    ).toBe(403);
    const other = `${HTTP_WORKSHOP_EVENTS_PATH}?sessionId=nope&token=${encodeURIComponent(host.token)}`;
    expect((await rawRequest(host.url, { path: other })).status).toBe(404);
  });

  it('ends the session when the host closes: the participant listener stops', async () => {
    const mapId = await seedMap(host.library.handlers, makeMap({ idPrefix: 'wc' }));
    const info = await api<SessionInfo>('workshop.start', { mapId, bindAddress: '127.0.0.1' });
    await host.close();
    await expect(rawRequest(info.homeUrl, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
