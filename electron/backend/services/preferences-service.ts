import {
  MAP_PREFERENCE_KEYS,
  MapPreferencesSchema,
  USER_PREFERENCE_KEYS,
  UserPreferencesSchema,
  type Handlers,
  type MapPreferences,
  type Preferences,
  type UserPreferences,
} from '../../../shared/api';
import type { Db } from '../db/open-database';
import { getMapInfo } from '../repositories/map-repository';
import { readPreference, writePreference } from '../repositories/preference-repository';
import { notFound } from './service-errors';

type PreferenceHandlers = Pick<Handlers, 'preferences.get' | 'preferences.set'>;

/** Every known key read from its row; the schemas fill in defaults for missing or unreadable ones. */
function readKeys(db: Db, mapId: string | null, keys: readonly string[]): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const key of keys) {
    const value = readPreference(db, { mapId }, key);
    if (value !== undefined) stored[key] = value;
  }
  return stored;
}

/** Preferences live one key per row of `preferences` (user rows without a map, map rows with one). */
export function createPreferencesHandlers(db: Db): PreferenceHandlers {
  const requireMap = (mapId: string): void => {
    if (!getMapInfo(db, mapId)) throw notFound('map', mapId);
  };
  const read = (mapId: string | null): Preferences => {
    const user: UserPreferences = UserPreferencesSchema.parse(readKeys(db, null, USER_PREFERENCE_KEYS));
    if (mapId === null) return { user, map: null };
    requireMap(mapId);
    const map: MapPreferences = MapPreferencesSchema.parse(readKeys(db, mapId, MAP_PREFERENCE_KEYS));
    return { user, map };
  };
  return {
    'preferences.get': ({ mapId }) => read(mapId),
    'preferences.set': (change) =>
      db
        .transaction(() => {
          const mapId = 'mapId' in change ? change.mapId : null;
          if (mapId !== null) requireMap(mapId);
          writePreference(db, { mapId }, change.key, change.value);
          return read(mapId);
        })
        .immediate(),
  };
}
