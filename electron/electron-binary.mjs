// Finds the Electron executable that the `electron` package downloads on install. Where the download
// was impossible (offline machine, blocked install script) the package's index.js throws or points
// at a file that is not there; both mean "no Electron here", which `npm start` turns into web mode.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * @param {string} fromDir a folder whose node_modules holds (or lacks) the `electron` package
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function findElectronBinary(fromDir) {
  const require = createRequire(path.join(path.resolve(fromDir), 'package.json'));
  let resolved;
  try {
    resolved = require('electron');
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (typeof resolved !== 'string' || resolved === '') {
    return { ok: false, reason: 'the electron package did not name an executable' };
  }
  if (!existsSync(resolved)) return { ok: false, reason: `${resolved} does not exist` };
  return { ok: true, path: resolved };
}

export const ELECTRON_UNAVAILABLE_MESSAGE =
  'Electron is not available on this machine (its binary could not be downloaded); starting the web version instead.';
