import type { Handlers } from '../../../shared/api';
import { listTemplates } from '../../../shared/templates';
import { readUserVersion } from '../db/migrate';
import type { Db } from '../db/open-database';
import { createApplyChangesHandler } from './apply-changes';
import { createHostHandlers } from './host-service';
import { createMapFileHandlers } from './map-file-service';
import { createMapHandlers } from './map-service';
import { createMetricsHandlers } from './metrics-service';
import { createPersonaHandlers } from './persona-service';
import { createPreferencesHandlers } from './preferences-service';
import { createSettingsHandlers } from './settings-service';
import { createVersionHandlers } from './version-service';
import { createWorkshopService, type WorkshopService } from '../workshop/workshop-service';

/** Every operation of the contract, implemented against one open library, and its workshop session service. */
export function createHandlers(
  db: Db,
  info: { path: string; appVersion: string; rendererDir?: string | undefined },
): { handlers: Handlers; workshop: WorkshopService } {
  const applyChanges = createApplyChangesHandler(db);
  const workshop = createWorkshopService(db, applyChanges, { rendererDir: info.rendererDir });
  const handlers: Handlers = {
    'library.info': () => ({
      path: info.path,
      schemaVersion: readUserVersion(db),
      appVersion: info.appVersion,
    }),
    ...createSettingsHandlers(db),
    ...createPreferencesHandlers(db),
    'templates.list': ({ language }) => listTemplates(language),
    ...createMapHandlers(db),
    'maps.applyChanges': applyChanges,
    ...createMapFileHandlers(db, { name: 'Journey Map Editor', version: info.appVersion }),
    ...createMetricsHandlers(db),
    ...createVersionHandlers(db),
    ...createPersonaHandlers(db),
    ...createHostHandlers(info.appVersion),
    ...workshop.handlers,
  };
  return { handlers: workshop.wrap(handlers), workshop };
}
