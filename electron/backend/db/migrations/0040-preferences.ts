import type { Migration } from './types';

/** The settings-row prefix the metrics service used for a map's chosen period before this migration. */
const OLD_ACTIVE_PERIOD_PREFIX = 'metrics.activePeriod.';

/**
 * Preferences live in the library, not in the browser: the web host's origin changes with its port,
 * so localStorage forgot them. A row with `map_id` NULL belongs to the user; a row with a map goes
 * with that map (ON DELETE CASCADE), so no entry outlives its map.
 *
 * The active metric period of each map moves here from `settings`; rows of maps deleted since are
 * dropped (they were never removed before).
 */
export const migration0040: Migration = {
  version: 40,
  name: 'preferences',
  up(db) {
    const prefixLength = OLD_ACTIVE_PERIOD_PREFIX.length;
    db.exec(`
      CREATE TABLE preferences (
        map_id TEXT REFERENCES maps (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX preferences_of_user ON preferences (key) WHERE map_id IS NULL;
      CREATE UNIQUE INDEX preferences_of_map ON preferences (map_id, key) WHERE map_id IS NOT NULL;

      INSERT INTO preferences (map_id, key, value)
        SELECT substr(s.key, ${prefixLength + 1}), 'metrics.activePeriod', s.value
        FROM settings AS s
        WHERE substr(s.key, 1, ${prefixLength}) = '${OLD_ACTIVE_PERIOD_PREFIX}'
          AND substr(s.key, ${prefixLength + 1}) IN (SELECT id FROM maps);
      DELETE FROM settings WHERE substr(key, 1, ${prefixLength}) = '${OLD_ACTIVE_PERIOD_PREFIX}';
    `);
  },
};
