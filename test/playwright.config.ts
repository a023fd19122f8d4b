import { chromium, defineConfig } from '@playwright/test';
import { findChromiumHere } from './static/find-chromium.mjs';

// CHROMIUM_PATH, else Debian's Chromium (these machines cannot download Playwright's browsers), else
// Playwright's own if installed, else Google Chrome; with none, one line says what to install.
const browser = findChromiumHere(() => chromium.executablePath());
if (!browser.ok) throw new Error(browser.message);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    locale: 'en-US',
    launchOptions: {
      executablePath: browser.path,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
});
