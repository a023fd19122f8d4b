// The backend's public entry: the Electron main process and the web host use only this.
export { openLibrary, type Library, type OpenLibraryOptions, type OpenedLibrary } from './open-library';
export { defaultDataDir, PRODUCT_NAME } from './data-dir';
export { MIGRATIONS, type Migration } from './db/migrations';
