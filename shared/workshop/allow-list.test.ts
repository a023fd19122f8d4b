import { describe, expect, it } from 'vitest';
import {
  isParticipantHost,
  isParticipantOrigin,
  routeParticipantRequest,
  splitParticipantToken,
} from './allow-list';
import { JoinCodeInputSchema, JoinSecretSchema, PARTICIPANT_OPERATIONS } from './participant-protocol';

const SECRET = 'A'.repeat(43);

describe('the participant allow-list', () => {
  it.each([
    ['GET', '/', { kind: 'page' }],
    ['GET', `/join/${SECRET}`, { kind: 'page' }],
    ['HEAD', '/?x=1', { kind: 'page' }],
    ['GET', '/assets/participant-abc123.js', { kind: 'asset', file: 'participant-abc123.js' }],
    ['GET', '/join/assets/participant-abc123.css', { kind: 'asset', file: 'participant-abc123.css' }],
    ['GET', '/session/events?token=x', { kind: 'events' }],
    ['POST', '/session/api/join', { kind: 'api', name: 'join' }],
    ['POST', '/session/api/addCard', { kind: 'api', name: 'addCard' }],
  ])('routes %s %s', (method, url, route) => {
    expect(routeParticipantRequest(method, url)).toEqual(route);
  });

  it.each([
    // The loopback API and its operations are never reachable, whatever the spelling.
    ['POST', '/api/maps.list'],
    ['POST', '/api/maps.get'],
    ['POST', '/api/library.info'],
    ['GET', '/api/'],
    ['POST', '/session/api/../../api/maps.list'],
    ['POST', '/session/api/%2e%2e/api/maps.list'],
    ['POST', '/session/api/maps.list'],
    ['POST', '/session/api/versions.list'],
    ['POST', '/session/api/personas.list'],
    ['POST', '/session/api/workshop.end'],
    ['POST', '/session/api/constructor'],
    ['POST', '/session/api/__proto__'],
    ['POST', '/session/api/'],
    ['GET', '/api-events/workshop'],
    // The loopback app's page (it carries the loopback token) and anything outside assets/.
    ['GET', '/index.html'],
    ['GET', '/maps/123'],
    ['GET', '/assets/../index.html'],
    ['GET', '/assets/%2e%2e/index.html'],
    ['GET', '/assets/..%2findex.html'],
    ['GET', '/assets/sub/dir.js'],
    ['GET', '/assets/.hidden'],
    ['GET', '/assets/a\\..\\index.html'],
    ['GET', '/join/'],
    ['GET', '/join/a/b'],
    ['GET', '/participant.html/..'],
    ['GET', '//api/maps.list'],
  ])('refuses %s %s with 404', (method, url) => {
    expect(routeParticipantRequest(method, url)).toEqual({ kind: 'refused', status: 404 });
  });

  it.each([
    ['GET', '/session/api/join'],
    ['PUT', '/session/api/join'],
    ['POST', '/'],
    ['DELETE', `/join/${SECRET}`],
    ['POST', '/session/events'],
    ['POST', '/assets/x.js'],
  ])('refuses %s %s with 405', (method, url) => {
    expect(routeParticipantRequest(method, url)).toEqual({ kind: 'refused', status: 405 });
  });

  it('takes no operation that names a map or reaches beyond the session', () => {
    for (const spec of Object.values(PARTICIPANT_OPERATIONS)) {
      const shape = (spec.input as unknown as { shape: Record<string, unknown> }).shape;
      expect(Object.keys(shape)).not.toContain('mapId');
      expect(Object.keys(shape)).not.toContain('id');
    }
    // Strict: a smuggled map id (another map of the library) is refused, not ignored.
    const smuggled = PARTICIPANT_OPERATIONS.addCard.input.safeParse({
      kind: 'note',
      title: 'x',
      stageId: 's',
      laneId: 'l',
      mapId: 'other-map',
    });
    expect(smuggled.success).toBe(false);
    expect(PARTICIPANT_OPERATIONS.map.input.safeParse({ mapId: 'other-map' }).success).toBe(false);
    expect(PARTICIPANT_OPERATIONS.state.input.safeParse({ sessionId: 'other' }).success).toBe(false);
    // No persona cards: they point into the persona library.
    expect(
      PARTICIPANT_OPERATIONS.addCard.input.safeParse({
        kind: 'persona',
        title: 'x',
        stageId: 's',
        laneId: 'l',
      }).success,
    ).toBe(false);
  });

  it('refuses titles over 140 characters and empty display names', () => {
    const card = { kind: 'note', stageId: 's', laneId: 'l' };
    expect(PARTICIPANT_OPERATIONS.addCard.input.safeParse({ ...card, title: 'x'.repeat(140) }).success).toBe(
      true,
    );
    expect(PARTICIPANT_OPERATIONS.addCard.input.safeParse({ ...card, title: 'x'.repeat(141) }).success).toBe(
      false,
    );
    expect(PARTICIPANT_OPERATIONS.addCard.input.safeParse({ ...card, title: '   ' }).success).toBe(false);
    const via = { kind: 'link', secret: SECRET };
    expect(PARTICIPANT_OPERATIONS.join.input.safeParse({ via, displayName: ' ' }).success).toBe(false);
    expect(PARTICIPANT_OPERATIONS.join.input.safeParse({ via, displayName: 'x'.repeat(41) }).success).toBe(
      false,
    );
  });
});

describe('Host and Origin of the participant listener', () => {
  it('accepts exactly the bound address and port', () => {
    expect(isParticipantHost('127.0.1.20:5000', '127.0.1.20', 5000)).toBe(true);
    expect(isParticipantOrigin(undefined, '127.0.1.20', 5000)).toBe(true);
    expect(isParticipantOrigin('http://127.0.1.20:5000', '127.0.1.20', 5000)).toBe(true);
  });

  it.each([
    undefined,
    '',
    '127.0.1.20',
    '127.0.1.20:5001',
    'evil.example:5000',
    'localhost:5000',
    '127.0.0.1:5000',
    '127.0.1.20:5000.evil.example',
    'user@127.0.1.20:5000',
  ])('refuses the Host %s', (host) => {
    expect(isParticipantHost(host, '127.0.1.20', 5000)).toBe(false);
  });

  it.each([
    'null',
    'http://evil.example',
    'https://127.0.1.20:5000',
    'http://127.0.1.20:5001',
    'http://127.0.0.1:5000',
    'http://127.0.1.20:5000/',
  ])('refuses the Origin %s', (origin) => {
    expect(isParticipantOrigin(origin, '127.0.1.20', 5000)).toBe(false);
  });
});

describe('tokens, secrets and codes', () => {
  it('splits a well-formed participant token only', () => {
    expect(splitParticipantToken(`p1.${SECRET}`)).toEqual({ participantId: 'p1', secret: SECRET });
    for (const bad of [
      undefined,
      null,
      42,
      '',
      SECRET,
      `p1.${SECRET}x`,
      `p1.${SECRET.slice(1)}`,
      `p 1.${SECRET}`,
      `p1.${SECRET}.x`,
      `.${SECRET}`,
      `${'p'.repeat(65)}.${SECRET}`,
      [`p1.${SECRET}`],
    ]) {
      expect(splitParticipantToken(bad)).toBeNull();
    }
  });

  it('takes link secrets of exactly 43 base64url characters (256 bits)', () => {
    expect(JoinSecretSchema.safeParse(SECRET).success).toBe(true);
    expect(JoinSecretSchema.safeParse(SECRET.slice(1)).success).toBe(false);
    expect(JoinSecretSchema.safeParse(`${SECRET.slice(1)}/`).success).toBe(false);
  });

  it('normalises typed codes (case, spaces, dashes) and refuses other characters and lengths', () => {
    expect(JoinCodeInputSchema.parse(' k7m-2qx ')).toBe('K7M2QX');
    for (const bad of ['K7M2Q', 'K7M2QXX', 'K7M2Q0', 'K7M2QI', 'K7M2Q!', 'x'.repeat(33)]) {
      expect(JoinCodeInputSchema.safeParse(bad).success).toBe(false);
    }
  });
});
