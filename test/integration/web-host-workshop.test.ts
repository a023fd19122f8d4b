import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import type { SessionInfo, SessionRecord, VersionListItem } from '../../shared/api';
import { HTTP_TOKEN_HEADER, HTTP_WORKSHOP_EVENTS_PATH } from '../../shared/api/http';
import { makeMap } from '../../shared/document/test-map';
import { seedMap } from '../helpers/seed-map';
import { openEventStream, participantValue, rawRequest } from '../helpers/participant-client';

// The facilitator's side on the web: the workshop operations over the loopback API and the event
// stream on the loopback host, guarded like the rest of its API.

let tmp: string;
let host: WebHost;
/** Short, so the tab-close tests run quickly; the host's default is 20 s. */
const GRACE_MS = 400;

beforeEach(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'web-host-workshop-'));
  const rendererDir = path.join(tmp, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  writeFileSync(
    path.join(rendererDir, 'participant.html'),
    '<html><head></head><body>participant</body></html>',
  );
  host = await startWebHost({
    dataDir: path.join(tmp, 'data'),
    rendererDir,
    port: 0,
    facilitatorGraceMs: GRACE_MS,
  });
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

const eventsPath = (sessionId: string) =>
  `${HTTP_WORKSHOP_EVENTS_PATH}?sessionId=${sessionId}&token=${encodeURIComponent(host.token)}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds (or fails after `timeoutMs`). */
async function eventually(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
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

  it('ends the session after a short grace once the facilitator’s tab (its last event stream) is gone', async () => {
    const mapId = await seedMap(host.library.handlers, makeMap({ idPrefix: 'wt' }));
    const info = await api<SessionInfo>('workshop.start', {
      mapId,
      bindAddress: '127.0.0.1',
      name: 'Tab closed',
    });
    const stream = await openEventStream(host.url, eventsPath(info.state.sessionId));
    const secret = info.joinUrl.split('/join/')[1]!;
    const ana = await participantValue(info.homeUrl, 'join', {
      via: { kind: 'link', secret },
      displayName: 'Ana',
    });
    await stream.waitFor((e) => e.type === 'participant.joined');

    const closedAt = Date.now();
    stream.close();
    await eventually(async () => (await api<SessionInfo | null>('workshop.current', { mapId })) === null);
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(GRACE_MS - 50);

    // Ended the way "End session" ends it: listener closed, participants revoked, version saved.
    await expect(rawRequest(info.homeUrl, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
    await expect(participantValue(info.homeUrl, 'state', {}, ana.token)).rejects.toThrow(/ECONNREFUSED/);
    const [record] = await api<SessionRecord[]>('workshop.history', { mapId });
    expect(record).toMatchObject({ id: info.state.sessionId, name: 'Tab closed' });
    expect(record!.endedAt).not.toBeNull();
    const versions = await api<VersionListItem[]>('versions.list', { mapId });
    expect(versions.find((v) => v.id === record!.versionId)).toMatchObject({ name: 'Tab closed' });
    // A new session on another map starts (nothing is "already running").
    const other = await seedMap(host.library.handlers, makeMap({ idPrefix: 'wo' }));
    await api<SessionInfo>('workshop.start', { mapId: other, bindAddress: '127.0.0.1' });
  });

  it('keeps the session when the facilitator’s page reloads (its stream reopens within the grace)', async () => {
    const mapId = await seedMap(host.library.handlers, makeMap({ idPrefix: 'wl' }));
    const info = await api<SessionInfo>('workshop.start', { mapId, bindAddress: '127.0.0.1' });
    const secret = info.joinUrl.split('/join/')[1]!;
    const ana = await participantValue(info.homeUrl, 'join', {
      via: { kind: 'link', secret },
      displayName: 'Ana',
    });
    const before = await openEventStream(host.url, eventsPath(info.state.sessionId));
    before.close();
    await before.closed;
    await sleep(GRACE_MS / 4);
    const after = await openEventStream(host.url, eventsPath(info.state.sessionId), { 'last-event-id': '1' });
    await sleep(GRACE_MS * 3);

    expect(await api<SessionInfo | null>('workshop.current', { mapId })).toMatchObject({
      state: { sessionId: info.state.sessionId },
    });
    expect((await participantValue(info.homeUrl, 'state', {}, ana.token)).you.displayName).toBe('Ana');
    expect(await api<SessionRecord[]>('workshop.history', { mapId })).toMatchObject([{ endedAt: null }]);
    after.close();
  });

  it('leaves alone a session whose facilitator never opened a stream (the desktop’s, over IPC)', async () => {
    const mapId = await seedMap(host.library.handlers, makeMap({ idPrefix: 'wi' }));
    const info = await api<SessionInfo>('workshop.start', { mapId, bindAddress: '127.0.0.1' });
    await sleep(GRACE_MS * 3);
    expect(await api<SessionInfo | null>('workshop.current', { mapId })).toMatchObject({
      state: { sessionId: info.state.sessionId },
    });
  });
});
