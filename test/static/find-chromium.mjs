// Which Chromium the end-to-end tests drive. `npm test` runs this first, so a machine without any
// usable browser stops in a second with one line saying what to install, instead of failing after the
// type check, lint, unit tests and build; test/playwright.config.ts uses the same decision.
// Plain .mjs (types in find-chromium.d.mts) so it runs before anything is compiled.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Chromium builds first: what CI installs (Debian's) and what the suite is checked against. */
const CHROMIUM_PATHS = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: [],
};
const CHROMIUM_COMMANDS = ['chromium', 'chromium-browser'];

/** Google Chrome last: it works with Playwright, but Playwright's own Chromium matches it better. */
const CHROME_PATHS = {
  linux: ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: [],
};
const CHROME_COMMANDS = ['google-chrome', 'google-chrome-stable'];

export const INSTALL_HINT =
  'npm test needs Chromium for the end-to-end tests and found none: install it ' +
  '(Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium) ' +
  'or set CHROMIUM_PATH to a Chromium or Google Chrome executable.';

function windowsPaths(env, executable) {
  return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
    .filter(Boolean)
    .map((base) => path.win32.join(base, executable));
}

/** Every place `command` could be on the PATH, in PATH order. */
function onPath(env, platform, commands) {
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  const suffix = platform === 'win32' ? '.exe' : '';
  return dirs.flatMap((dir) => commands.map((command) => pathApi.join(dir, command + suffix)));
}

/**
 * The decision, with the machine passed in so tests can fake it.
 *
 * Order: `CHROMIUM_PATH` (an explicit choice, never second-guessed: if it is wrong, say so), a system
 * Chromium, Playwright's own Chromium if `npx playwright install` fetched it (then `path` is undefined
 * so Playwright picks its matching headless build itself), Google Chrome.
 */
export function findChromium({ env, platform, isExecutable, playwrightChromium }) {
  const chosen = env.CHROMIUM_PATH?.trim();
  if (chosen) {
    if (isExecutable(chosen)) return { ok: true, path: chosen, source: 'CHROMIUM_PATH' };
    return {
      ok: false,
      message: `CHROMIUM_PATH is set to ${chosen}, which is not an executable file: point it at a Chromium or Google Chrome executable, or unset it.`,
    };
  }
  const chromium = [
    ...(CHROMIUM_PATHS[platform] ?? []),
    ...(platform === 'win32' ? windowsPaths(env, 'Chromium\\Application\\chrome.exe') : []),
    ...onPath(env, platform, CHROMIUM_COMMANDS),
  ].find(isExecutable);
  if (chromium) return { ok: true, path: chromium, source: 'system Chromium' };

  const own = playwrightChromium();
  if (own && isExecutable(own)) return { ok: true, path: undefined, source: "Playwright's Chromium" };

  const chrome = [
    ...(CHROME_PATHS[platform] ?? []),
    ...(platform === 'win32' ? windowsPaths(env, 'Google\\Chrome\\Application\\chrome.exe') : []),
    ...onPath(env, platform, CHROME_COMMANDS),
  ].find(isExecutable);
  if (chrome) return { ok: true, path: chrome, source: 'Google Chrome' };

  return { ok: false, message: INSTALL_HINT };
}

/** A regular file this user may execute. */
export function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The decision for this machine. `playwrightChromium` is `chromium.executablePath` from
 * `@playwright/test` (where `npx playwright install chromium` puts its Chromium, fetched or not).
 */
export function findChromiumHere(playwrightChromium) {
  return findChromium({
    env: process.env,
    platform: process.platform,
    isExecutable: isExecutableFile,
    playwrightChromium: () => {
      try {
        return playwrightChromium();
      } catch {
        return undefined;
      }
    },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { chromium } = await import('@playwright/test');
  const found = findChromiumHere(() => chromium.executablePath());
  if (found.ok) {
    const what = found.path ? `${found.path} (${found.source})` : found.source;
    process.stdout.write(`End-to-end tests will use ${what}.\n`);
  } else {
    process.stderr.write(`${found.message}\n`);
    process.exitCode = 1;
  }
}
