import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../electron/main/trusted-sender';
import { APP_ENTRY_URL, appUrlPath, isAppUrl, isNavigationAllowed } from '../../electron/main/url-policy';

const FOREIGN = [
  'app://journey',
  'app://journey.evil/index.html',
  'app://journey.evil',
  'app://journeyx/index.html',
  'app://evil/journey/index.html',
  'app://journey@evil/index.html',
  'app://user:pw@journey/index.html',
  'app://journey:8080/index.html',
  'APP://journey/index.html',
  'app://JOURNEY/index.html',
  ' app://journey/index.html',
  'https://evil.example/?next=app://journey/',
  'https://evil.example/app://journey/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'file:///app://journey/',
  'about:blank',
  'javascript:alert(1)//app://journey/',
  'data:text/html,app://journey/',
  'devtools://devtools/bundled/inspector.html',
  'null',
  '',
];

describe('isAppUrl', () => {
  it('accepts our own origin only', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://journey/')).toBe(true);
    expect(isAppUrl('app://journey/maps/abc?x=1#y')).toBe(true);
  });

  it.each(FOREIGN)('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(new URL(APP_ENTRY_URL))).toBe(false);
  });

  it('only allows navigation within the app', () => {
    expect(isNavigationAllowed(APP_ENTRY_URL)).toBe(true);
    expect(isNavigationAllowed('https://example.com/')).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd')).toBe(false);
  });

  it('gives the still-encoded path of our URLs to the file resolver', () => {
    expect(appUrlPath('app://journey/assets/a%20b.js?v=1')).toBe('/assets/a%20b.js');
    expect(appUrlPath('app://journey/%2e%2e/package.json')).not.toContain('package.json/..');
    expect(appUrlPath('app://journey.evil/x')).toBeNull();
  });
});

describe('isTrustedSender', () => {
  it('trusts the top-level frame of our page', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null })).toBe(true);
  });

  it('refuses a frame that is gone', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('refuses iframes, even of our own origin', () => {
    const top = { url: APP_ENTRY_URL, parent: null };
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: top })).toBe(false);
  });

  it.each(FOREIGN)('refuses a top-level frame at %j', (url) => {
    expect(isTrustedSender({ url, parent: null })).toBe(false);
  });
});
