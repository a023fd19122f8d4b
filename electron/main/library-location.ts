import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../backend/files/atomic-write';

const LocationSchema = z.object({ dataDir: z.string().min(1).max(4_096) });

/** The file in userData that remembers where the library lives when the user moved or switched it. */
export const LIBRARY_LOCATION_FILE = 'library-location.json';

/**
 * The folder of the library: the one the user chose last ("Open another library..." / "Move
 * library..."), else userData itself. A missing or unreadable choice falls back to userData.
 */
export function readLibraryDir(userData: string): string {
  try {
    const text = fs.readFileSync(path.join(userData, LIBRARY_LOCATION_FILE), 'utf8');
    const parsed = LocationSchema.safeParse(JSON.parse(text));
    if (parsed.success && path.isAbsolute(parsed.data.dataDir)) return parsed.data.dataDir;
  } catch {
    // First launch, or a damaged file: the default library.
  }
  return userData;
}

/** Remembers the library folder for the next launch. */
export function writeLibraryDir(userData: string, dataDir: string): void {
  writeFileAtomic(path.join(userData, LIBRARY_LOCATION_FILE), `${JSON.stringify({ dataDir }, null, 2)}\n`);
}
