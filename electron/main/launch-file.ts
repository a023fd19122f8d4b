import path from 'node:path';

/** The extension of the portable map file (the file association in electron-builder.yml). */
export const MAP_FILE_EXTENSION = '.journeymap';

/**
 * The map file the app was asked to open, from a command line: on Windows and Linux a double-click
 * starts `app <file>` (and a second launch hands its argv to the first instance). Flags, the app
 * path itself, Chromium switches and anything that is not a `.journeymap` path are ignored;
 * a relative path is resolved against `cwd` (the second instance's working directory).
 *
 * @returns the absolute path, or null when there is none.
 */
export function parseLaunchFile(argv: readonly string[], cwd: string): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder (`electron .`).
  for (const arg of argv.slice(1)) {
    if (arg.length === 0 || arg.startsWith('-')) continue;
    if (arg.includes('\0')) continue;
    if (!arg.toLowerCase().endsWith(MAP_FILE_EXTENSION)) continue;
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) continue; // URLs are not files
    if (path.basename(arg).length === MAP_FILE_EXTENSION.length) continue; // just ".journeymap"
    return path.resolve(cwd, arg);
  }
  return null;
}
