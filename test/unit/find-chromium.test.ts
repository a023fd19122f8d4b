import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, INSTALL_HINT, type ChromiumProbe } from '../static/find-chromium.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PLAYWRIGHT_OWN = '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine where exactly `installed` are executable files. */
function machine(
  installed: string[],
  options: { env?: Record<string, string>; platform?: string; playwright?: string } = {},
): ChromiumProbe {
  const files = new Set(installed);
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...options.env },
    platform: options.platform ?? 'linux',
    isExecutable: (file) => files.has(file),
    playwrightChromium: () => options.playwright ?? PLAYWRIGHT_OWN,
  };
}

describe('findChromium', () => {
  it("uses Debian's Chromium before Playwright's own and Google Chrome", () => {
    const probe = machine(['/usr/bin/chromium', PLAYWRIGHT_OWN, '/usr/bin/google-chrome']);
    expect(findChromium(probe)).toEqual({ ok: true, path: '/usr/bin/chromium', source: 'system Chromium' });
  });

  it('finds chromium-browser, and a Chromium anywhere on the PATH', () => {
    expect(findChromium(machine(['/usr/bin/chromium-browser']))).toMatchObject({
      path: '/usr/bin/chromium-browser',
    });
    const onPath = machine(['/opt/tools/chromium'], { env: { PATH: '/opt/tools:/usr/bin' } });
    expect(findChromium(onPath)).toMatchObject({ ok: true, path: '/opt/tools/chromium' });
  });

  it('lets Playwright launch its own Chromium when that is installed and no system one is', () => {
    const probe = machine([PLAYWRIGHT_OWN, '/usr/bin/google-chrome']);
    expect(findChromium(probe)).toEqual({ ok: true, path: undefined, source: "Playwright's Chromium" });
  });

  it("falls back to Google Chrome when Playwright's Chromium was never downloaded", () => {
    expect(findChromium(machine(['/usr/bin/google-chrome-stable']))).toEqual({
      ok: true,
      path: '/usr/bin/google-chrome-stable',
      source: 'Google Chrome',
    });
  });

  it('honours CHROMIUM_PATH first, and says so instead of guessing when it is wrong', () => {
    const custom = machine(['/usr/bin/chromium', '/srv/chrome/chrome'], {
      env: { CHROMIUM_PATH: '/srv/chrome/chrome' },
    });
    expect(findChromium(custom)).toEqual({ ok: true, path: '/srv/chrome/chrome', source: 'CHROMIUM_PATH' });

    const wrong = findChromium(machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/srv/missing' } }));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.message).toMatch(/^CHROMIUM_PATH is set to \/srv\/missing, which is not/);
  });

  it('knows the macOS and Windows install places', () => {
    const mac = machine(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], {
      platform: 'darwin',
    });
    expect(findChromium(mac)).toMatchObject({ ok: true, source: 'Google Chrome' });
    const chromeExe = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const windows = machine([chromeExe], {
      platform: 'win32',
      env: { PATH: 'C:\\Windows', PROGRAMFILES: 'C:\\Program Files' },
    });
    expect(findChromium(windows)).toEqual({ ok: true, path: chromeExe, source: 'Google Chrome' });
  });

  it('with no browser at all, answers one line saying what to install', () => {
    const none = findChromium(machine([]));
    expect(none).toEqual({ ok: false, message: INSTALL_HINT });
    expect(INSTALL_HINT).not.toContain('\n');
    expect(INSTALL_HINT).toContain('apt-get install chromium');
    expect(INSTALL_HINT).toContain('npx playwright install chromium');
    expect(INSTALL_HINT).toContain('CHROMIUM_PATH');
  });
});

describe('npm run check:browser', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['test/static/find-chromium.mjs'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  it('exits 0 and names the browser it found', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'find-chromium-'));
    try {
      const fake = path.join(dir, 'chrome');
      writeFileSync(fake, '#!/bin/sh\n');
      chmodSync(fake, 0o755);
      const result = run({ CHROMIUM_PATH: fake });
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`End-to-end tests will use ${fake} (CHROMIUM_PATH).\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops at once with exit code 1 and one line when it finds none', () => {
    const result = run({ CHROMIUM_PATH: path.join(ROOT, 'no-such-browser') });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('CHROMIUM_PATH is set to');
  });
});
