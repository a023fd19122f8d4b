/** Where the Electron executable is, or why there is none (see electron-binary.mjs). */
export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };
export function findElectronBinary(fromDir: string): ElectronBinary;
/** The one line `npm start` prints before falling back to the web version. */
export const ELECTRON_UNAVAILABLE_MESSAGE: string;
