// Types of find-chromium.mjs for the TypeScript that imports it (playwright.config.ts, its unit test).

export type ChromiumChoice =
  | {
      ok: true;
      /** The executable to launch; undefined means "Playwright's own, let Playwright pick its build". */
      path: string | undefined;
      source: 'CHROMIUM_PATH' | 'system Chromium' | "Playwright's Chromium" | 'Google Chrome';
    }
  | { ok: false; message: string };

export interface ChromiumProbe {
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  isExecutable(file: string): boolean;
  /** Where Playwright's own Chromium would be; undefined when Playwright cannot say. */
  playwrightChromium(): string | undefined;
}

export const INSTALL_HINT: string;
export function findChromium(probe: ChromiumProbe): ChromiumChoice;
export function isExecutableFile(file: string): boolean;
export function findChromiumHere(playwrightChromium: () => string): ChromiumChoice;
