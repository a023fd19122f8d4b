import { SettingsSchema, type Handlers, type Settings } from '../../../shared/api';
import type { Db } from '../db/open-database';
import { readSetting, writeSetting } from '../repositories/settings-repository';

const DEFAULTS: Settings = { language: null };

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>;

/** Settings live one key per row; an unreadable stored value falls back to its default. */
export function createSettingsHandlers(db: Db): SettingsHandlers {
  const read = (): Settings => {
    const stored: Record<string, unknown> = {};
    for (const key of Object.keys(DEFAULTS)) {
      const value = readSetting(db, key);
      if (value !== undefined) stored[key] = value;
    }
    const parsed = SettingsSchema.safeParse({ ...DEFAULTS, ...stored });
    return parsed.success ? parsed.data : DEFAULTS;
  };
  return {
    'settings.get': () => read(),
    'settings.update': (patch) => {
      db.transaction(() => {
        for (const [key, value] of Object.entries(patch)) {
          if (value !== undefined && Object.hasOwn(DEFAULTS, key)) writeSetting(db, key, value);
        }
      }).immediate();
      return read();
    },
  };
}
