import { readFileSync } from 'node:fs';

/** The repository's package.json, which the web host runs from (it is never bundled). */
const PACKAGE_JSON = new URL('../../package.json', import.meta.url);

/**
 * The app version from package.json. The web host reads it itself rather than trusting
 * `npm_package_version`, which only `npm run` sets: started any other way (the end-to-end fixture,
 * `tsx electron/web-host/cli.ts`) the app would report the library's fallback `0.0.0-dev`.
 */
export function packageVersion(): string {
  const parsed = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version?: unknown };
  if (typeof parsed.version !== 'string' || parsed.version === '') {
    throw new Error(`${PACKAGE_JSON.pathname} has no "version".`);
  }
  return parsed.version;
}
