import os from 'node:os';
import path from 'node:path';

/** The product name Electron derives `userData` from (package.json `productName`). */
export const PRODUCT_NAME = 'Journey Map Editor';

/**
 * The per-user app-data folder, the same one Electron's `app.getPath('userData')` returns for our
 * product name, computed without Electron so that the web host and the tests use the same place.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  const config =
    env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME)
      ? env.XDG_CONFIG_HOME
      : path.join(home, '.config');
  return path.join(config, PRODUCT_NAME);
}
