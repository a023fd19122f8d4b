import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../electron/main/external-url';

describe('isAllowedExternalUrl (shell.openExternal allow-list)', () => {
  it('allows https links and mailto addresses', () => {
    for (const url of [
      'https://example.com/',
      'https://example.com/docs?q=journey#top',
      'https://xn--fsq.example/',
      'mailto:team@example.com',
      'mailto:team@example.com?subject=Journey%20map',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
  });

  it('refuses every other scheme, including ones that open files or run programs', () => {
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'file://server/share/x.exe',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://journey/index.html',
      'app://x.evil',
      'smb://attacker/share',
      'ms-settings:privacy',
      'vbscript:msgbox',
      'ftp://example.com/',
      'chrome://settings',
      'about:blank',
      'blob:https://example.com/uuid',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses look-alikes and tricks', () => {
    for (const url of [
      'https://user:pass@example.com/',
      'https://example.com@evil.example/',
      'https:example.com',
      'https:/example.com',
      'https:///example.com',
      'HTTPS://',
      ' https://example.com/',
      'https://example.com/\n',
      'https://exa\tmple.com/',
      'https://example.com/\u0000.exe',
      'https:\\\\evil.example\\',
      'mailto:',
      'mailto://evil.example/',
      'mailto:nobody',
      `https://example.com/${'a'.repeat(3_000)}`,
      '',
    ]) {
      expect(isAllowedExternalUrl(url), JSON.stringify(url)).toBe(false);
    }
  });

  it('still allows an https link whose query mentions another scheme (it is the host that counts)', () => {
    expect(isAllowedExternalUrl('https://evil.example/?next=app://x')).toBe(true);
    expect(isAllowedExternalUrl('https://evil.example/?next=file:///etc/passwd')).toBe(true);
  });

  it('refuses non-strings', () => {
    for (const value of [
      undefined,
      null,
      42,
      {},
      ['https://example.com/'],
      new URL('https://example.com/'),
    ]) {
      expect(isAllowedExternalUrl(value)).toBe(false);
    }
  });
});
