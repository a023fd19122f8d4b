import { describe, expect, it } from 'vitest';
import {
  checkRequest,
  isAllowedHost,
  isAllowedOrigin,
  isValidToken,
} from '../../electron/web-host/request-guard';

const PORT = 41234;

describe('isAllowedHost', () => {
  it('accepts exactly our loopback names with our port', () => {
    expect(isAllowedHost(`127.0.0.1:${PORT}`, PORT)).toBe(true);
    expect(isAllowedHost(`localhost:${PORT}`, PORT)).toBe(true);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['no port', '127.0.0.1'],
    ['other port', `127.0.0.1:${PORT + 1}`],
    ['port prefix', `127.0.0.1:${PORT}0`],
    ['rebinding suffix', `127.0.0.1.evil.com:${PORT}`],
    ['rebinding prefix', `evil.com.127.0.0.1:${PORT}`],
    ['foreign host', `evil.com:${PORT}`],
    ['localhost subdomain', `localhost.evil.com:${PORT}`],
    ['uppercase', `LOCALHOST:${PORT}`],
    ['IPv6 loopback', `[::1]:${PORT}`],
    ['0.0.0.0', `0.0.0.0:${PORT}`],
    ['credentials', `user@127.0.0.1:${PORT}`],
    ['trailing dot', `localhost.:${PORT}`],
    ['whitespace', ` 127.0.0.1:${PORT}`],
    ['two hosts', `127.0.0.1:${PORT}, evil.com`],
  ])('refuses %s', (_label, host) => {
    expect(isAllowedHost(host, PORT)).toBe(false);
  });
});

describe('isAllowedOrigin', () => {
  it('accepts an absent origin and exactly our own origins', () => {
    expect(isAllowedOrigin(undefined, PORT)).toBe(true);
    expect(isAllowedOrigin(`http://127.0.0.1:${PORT}`, PORT)).toBe(true);
    expect(isAllowedOrigin(`http://localhost:${PORT}`, PORT)).toBe(true);
  });

  it.each([
    ['null origin', 'null'],
    ['empty', ''],
    ['foreign', 'http://evil.example'],
    ['port suffix trick', `http://127.0.0.1:${PORT}.evil`],
    ['subdomain trick', `http://127.0.0.1.evil.com:${PORT}`],
    ['other port', `http://127.0.0.1:${PORT + 1}`],
    ['no port', 'http://127.0.0.1'],
    ['https', `https://127.0.0.1:${PORT}`],
    ['uppercase scheme', `HTTP://127.0.0.1:${PORT}`],
    ['trailing slash', `http://127.0.0.1:${PORT}/`],
    ['file', 'file://'],
    ['app scheme', 'app://journey'],
  ])('refuses %s', (_label, origin) => {
    expect(isAllowedOrigin(origin, PORT)).toBe(false);
  });
});

describe('isValidToken', () => {
  const token = 'abcDEF123_-xyz';
  it('accepts the exact token only', () => {
    expect(isValidToken(token, token)).toBe(true);
    expect(isValidToken(`${token}x`, token)).toBe(false);
    expect(isValidToken(token.slice(1), token)).toBe(false);
    expect(isValidToken(token.toUpperCase(), token)).toBe(false);
    expect(isValidToken(` ${token}`, token)).toBe(false);
  });
  it('refuses missing, empty and repeated headers', () => {
    expect(isValidToken(undefined, token)).toBe(false);
    expect(isValidToken('', token)).toBe(false);
    expect(isValidToken([token, token], token)).toBe(false);
    expect(isValidToken('', '')).toBe(false);
  });
});

describe('checkRequest', () => {
  const expected = { port: PORT, token: 'tok', tokenHeader: 'x-journey-token' };
  const host = `127.0.0.1:${PORT}`;

  it('passes a well-formed API request', () => {
    expect(checkRequest({ host, 'x-journey-token': 'tok' }, expected)).toBeNull();
    expect(
      checkRequest({ host, origin: `http://127.0.0.1:${PORT}`, 'x-journey-token': 'tok' }, expected),
    ).toBeNull();
  });

  it('names the first thing that is wrong: Host, then Origin, then token', () => {
    expect(checkRequest({ host: 'evil.com', 'x-journey-token': 'tok' }, expected)?.reason).toBe('host');
    expect(
      checkRequest({ host, origin: 'http://evil.example', 'x-journey-token': 'tok' }, expected)?.reason,
    ).toBe('origin');
    expect(checkRequest({ host }, expected)?.reason).toBe('token');
    expect(checkRequest({ host, 'x-journey-token': 'nope' }, expected)?.reason).toBe('token');
  });

  it('does not ask for a token when none is required (static files)', () => {
    expect(checkRequest({ host }, { port: PORT, token: 'tok' })).toBeNull();
  });
});
