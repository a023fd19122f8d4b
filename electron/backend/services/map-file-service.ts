import type { Handlers } from '../../../shared/api';
import type { Db } from '../db/open-database';
import { exportMapFile, type AppInfo } from '../map-file/export-map-file';
import { importMapFile } from '../map-file/import-map-file';

type MapFileHandlers = Pick<Handlers, 'maps.exportFile' | 'maps.importFile'>;

/** Portable map files: export one map with everything it carries, import one as a new map. */
export function createMapFileHandlers(db: Db, app: AppInfo): MapFileHandlers {
  return {
    'maps.exportFile': ({ id }) => exportMapFile(db, id, app),
    'maps.importFile': ({ text }) => importMapFile(db, text),
  };
}
