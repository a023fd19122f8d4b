import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../backend/files/atomic-write';
import { rememberedPortOf } from './port-choice';

/** The web host's own file in the data folder, beside the library. */
export const PORT_FILE_NAME = 'web-host.json';

/** The port the web host listened on last time in `dataDir`; undefined if none or unreadable. */
export function readRememberedPort(dataDir: string): number | undefined {
  try {
    return rememberedPortOf(JSON.parse(fs.readFileSync(path.join(dataDir, PORT_FILE_NAME), 'utf8')));
  } catch {
    return undefined;
  }
}

/** Remembers the port for the next launch; failing to is no reason to stop a running host. */
export function rememberPort(dataDir: string, port: number): void {
  try {
    writeFileAtomic(path.join(dataDir, PORT_FILE_NAME), `${JSON.stringify({ port }, null, 2)}\n`);
  } catch {
    // The next launch then simply picks a free port.
  }
}
