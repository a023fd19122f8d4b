import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type OpenedLibrary } from '../../electron/backend';
import { makeMap } from '../../shared/document/test-map';
import {
  CODE_TRIES,
  PARTICIPANT_LIMITS,
  PARTICIPANT_MAX_BODY_BYTES,
  PARTICIPANT_TOKEN_HEADER,
} from '../../shared/workshop';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { callOperation, seedMap } from '../helpers/seed-map';
import { closeAndCheckLibrary } from '../helpers/library-checks';
import {
  openEventStream,
  participantCall,
  participantValue,
  rawRequest,
} from '../helpers/participant-client';

// The participant listener over real HTTP on 127.0.0.1, attacked the ways a device on the same
// network could: other paths, other maps, no or foreign tokens, foreign Host/Origin, big bodies,
// guessing the short code.

let dir: string;
let library: OpenedLibrary;
const LOOPBACK_TOKEN = 'loopback-token-that-must-never-leak';

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jme-listener-'));
  const renderer = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(renderer, 'index.html'),
    `<html><head><meta name="journey-api-token" content="${LOOPBACK_TOKEN}"></head></html>`,
  );
  fs.writeFileSync(
    path.join(renderer, 'participant.html'),
    '<html><head></head><body>participant page</body></html>',
  );
  fs.writeFileSync(path.join(renderer, 'assets', 'participant-1.js'), 'console.log(1)');
  library = openLibrary({ dataDir: path.join(dir, 'data'), rendererDir: renderer });
});

afterEach(() => {
  closeAndCheckLibrary(library, path.join(dir, 'data'));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function session() {
  const mapId = await seedMap(library.handlers, makeMap({ idPrefix: 'lm', stages: 1, lanes: 1 }));
  const otherMapId = await seedMap(
    library.handlers,
    makeMap({ idPrefix: 'other', name: 'Secret map', stages: 1, lanes: 1 }),
  );
  const info = await callOperation(library.handlers, 'workshop.start', { mapId, bindAddress: '127.0.0.1' });
  const base = info.homeUrl;
  const secret = info.joinUrl.split('/join/')[1]!;
  const joined = await participantValue(base, 'join', { via: { kind: 'link', secret }, displayName: 'Ana' });
  return { mapId, otherMapId, info, base, secret, token: joined.token };
}

describe('the participant listener', () => {
  it('serves the participant page with the strict CSP, never index.html or the loopback token', async () => {
    const { base, secret } = await session();
    for (const p of ['/', `/join/${secret}`]) {
      const page = await rawRequest(base, { path: p });
      expect(page.status).toBe(200);
      expect(page.body).toContain('participant page');
      expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await rawRequest(base, { path: '/join/assets/participant-1.js' })).status).toBe(200);
    for (const p of [
      '/index.html',
      '/maps/1',
      '/assets/../index.html',
      '/assets/%2e%2e/index.html',
      '/participant.html/../index.html',
    ]) {
      const answer = await rawRequest(base, { path: p });
      expect(answer.status, p).toBe(404);
      expect(answer.body).not.toContain(LOOPBACK_TOKEN);
    }
  });

  it('has no route to the loopback API, with or without tokens', async () => {
    const { base, token } = await session();
    for (const p of [
      '/api/maps.list',
      '/api/library.info',
      '/session/api/maps.list',
      '/session/api/workshop.end',
      '/api-events/workshop',
    ]) {
      const answer = await rawRequest(base, {
        method: 'POST',
        path: p,
        headers: { 'x-journey-token': LOOPBACK_TOKEN, [PARTICIPANT_TOKEN_HEADER]: token },
        body: '{}',
      });
      expect(answer.status, p).toBe(404);
    }
  });

  it('only ever reads the session map: a smuggled map id is refused, the other map never appears', async () => {
    const { base, token, otherMapId } = await session();
    const smuggled = await participantCall(base, 'map', { mapId: otherMapId } as never, token);
    expect(smuggled.result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const map = await participantValue(base, 'map', {}, token);
    expect(map.name).not.toBe('Secret map');
    const other = await callOperation(library.handlers, 'maps.get', { id: otherMapId });
    const addToOther = await participantCall(
      base,
      'addCard',
      { kind: 'note', title: 'x', stageId: other.stages[0]!.id, laneId: other.lanes[0]!.id },
      token,
    );
    expect(addToOther.result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const after = await callOperation(library.handlers, 'maps.get', { id: otherMapId });
    expect(after.cards).toEqual(other.cards);
  });

  it('refuses missing, malformed and foreign tokens', async () => {
    const { base, token } = await session();
    const forged = `${token.split('.')[0]}.${'B'.repeat(43)}`;
    for (const bad of [undefined, '', 'nonsense', forged, `someone.${token.split('.')[1]}`]) {
      const answer = await participantCall(base, 'state', {}, bad);
      expect(answer.status).toBe(401);
      expect(answer.result).toMatchObject({ ok: false, error: { reason: 'session_token_refused' } });
    }
    const stream = await rawRequest(base, { path: '/session/events?token=' + forged });
    expect(stream.status).toBe(401);
  });

  it('refuses foreign Host and Origin headers before anything else', async () => {
    const { base, token, info } = await session();
    const hostile: Record<string, string>[] = [
      { host: `evil.example:${info.port}` },
      { host: `localhost:${info.port}` },
      { host: `127.0.0.1:${info.port + 1}` },
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: `http://localhost:${info.port}` },
    ];
    for (const headers of hostile) {
      const page = await rawRequest(base, { path: '/', headers });
      expect(page.status, JSON.stringify(headers)).toBe(403);
      expect(page.body).not.toContain('participant page');
      const api = await rawRequest(base, {
        method: 'POST',
        path: '/session/api/state',
        headers: { ...headers, [PARTICIPANT_TOKEN_HEADER]: token },
        body: '{}',
      });
      expect(api.status).toBe(403);
    }
    const same = await rawRequest(base, { path: '/', headers: { origin: `http://127.0.0.1:${info.port}` } });
    expect(same.status).toBe(200);
  });

  it('refuses oversize bodies with 413 before parsing, and deep or broken JSON with 400', async () => {
    const { base, token } = await session();
    const big = JSON.stringify({
      kind: 'note',
      title: 'x'.repeat(PARTICIPANT_MAX_BODY_BYTES),
      stageId: 's',
      laneId: 'l',
    });
    const answer = await rawRequest(base, {
      method: 'POST',
      path: '/session/api/addCard',
      headers: { [PARTICIPANT_TOKEN_HEADER]: token, 'content-type': 'application/json' },
      body: big,
    });
    expect(answer.status).toBe(413);
    const deep = await rawRequest(base, {
      method: 'POST',
      path: '/session/api/state',
      headers: { [PARTICIPANT_TOKEN_HEADER]: token },
      body: '['.repeat(100) + ']'.repeat(100),
    });
    expect(deep.status).toBe(400);
    const broken = await rawRequest(base, {
      method: 'POST',
      path: '/session/api/state',
      headers: { [PARTICIPANT_TOKEN_HEADER]: token },
      body: '{',
    });
    expect(broken.status).toBe(400);
  });

  it('cools a client down after a few wrong short codes, even when the next one is right', async () => {
    const { base, info } = await session();
    const wrong = info.joinCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    for (let i = 0; i < CODE_TRIES.perClient; i++) {
      const answer = await participantCall(base, 'join', {
        via: { kind: 'code', code: wrong },
        displayName: 'Guesser',
      });
      expect(answer.result).toMatchObject({ ok: false, error: { reason: 'session_code_wrong' } });
    }
    // The wrong try that starts the cool-down says so, with the wait.
    const last = await participantCall(base, 'join', {
      via: { kind: 'code', code: wrong },
      displayName: 'Guesser',
    });
    expect(last.result).toMatchObject({
      ok: false,
      error: { reason: 'session_code_cooldown', params: { seconds: CODE_TRIES.coolDownMs / 1000 } },
    });
    const right = await participantCall(base, 'join', {
      via: { kind: 'code', code: info.joinCode },
      displayName: 'Guesser',
    });
    expect(right.result).toMatchObject({ ok: false, error: { reason: 'session_code_cooldown' } });
    // The link's secret still works: it cannot be guessed, so it is not behind the cool-down.
    const secret = info.joinUrl.split('/join/')[1]!;
    const link = await participantCall(base, 'join', { via: { kind: 'link', secret }, displayName: 'Late' });
    expect(link.result.ok).toBe(true);
  });

  it('limits cards per participant per minute', async () => {
    const { base, token, mapId } = await session();
    const map = await callOperation(library.handlers, 'maps.get', { id: mapId });
    const cell = { stageId: map.stages[0]!.id, laneId: map.lanes[0]!.id };
    const answers = [];
    for (let i = 0; i < 21; i++)
      answers.push(await participantCall(base, 'addCard', { kind: 'note', title: `c${i}`, ...cell }, token));
    expect(answers.slice(0, 20).every((a) => a.result.ok)).toBe(true);
    expect(answers[20]!.result).toMatchObject({ ok: false, error: { reason: 'session_rate_limited' } });
  });

  it('refuses a fifth event stream of one participant', async () => {
    const { base, token } = await session();
    const streams = [];
    for (let i = 0; i < PARTICIPANT_LIMITS.streamsPerParticipant; i++) {
      streams.push(await openEventStream(base, `/session/events?token=${token}`));
    }
    await expect(openEventStream(base, `/session/events?token=${token}`)).rejects.toThrow(/429/);
    for (const stream of streams) stream.close();
  });

  it('stops listening the moment the session ends', async () => {
    const { base, info } = await session();
    await callOperation(library.handlers, 'workshop.end', { sessionId: info.state.sessionId });
    await expect(rawRequest(base, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
