import type { Migration } from './types';

/**
 * Two new card kinds, `action` (what the customer does) and `thought` (what they think or ask), so the
 * Actions and Thoughts lanes stop holding grey notes. Existing cards keep their kind: a note someone
 * wrote in an Actions lane stays a note (the app cannot know it was meant as an action).
 *
 * The kinds live in the `cards.kind` CHECK constraint, and SQLite cannot change a constraint in place,
 * so the table is rebuilt (sqlite.org/lang_altertable.html, "other kinds of table schema changes").
 * Unlike `stage_metrics` (migration 0020), `cards` is referenced by `connections`: with foreign keys on,
 * dropping the old table would cascade-delete every connection. So this migration asks the runner to
 * switch foreign keys off around its transaction (`foreignKeysOff`); the runner checks
 * `foreign_key_check` before committing, so a broken reference rolls the whole step back. The
 * columns, their order, the foreign keys and the four indexes are exactly those of 0010 + 0030.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'action-thought-cards',
  foreignKeysOff: true,
  up(db) {
    db.exec(`
      CREATE TABLE cards_0050 (
        id TEXT PRIMARY KEY,
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        stage_id TEXT,
        lane_id TEXT,
        kind TEXT NOT NULL
          CHECK (kind IN ('persona', 'action', 'touchpoint', 'thought', 'emotion', 'painPoint', 'opportunity', 'note')),
        ord INTEGER NOT NULL DEFAULT 0,
        x REAL,
        y REAL,
        title TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        persona_id TEXT REFERENCES personas (id) ON DELETE SET NULL,
        channel TEXT,
        score INTEGER CHECK (score BETWEEN -2 AND 2),
        severity INTEGER CHECK (severity BETWEEN 1 AND 3),
        impact INTEGER CHECK (impact BETWEEN 1 AND 3),
        effort INTEGER CHECK (effort BETWEEN 1 AND 3),
        origin_id TEXT,
        UNIQUE (id, map_id),
        FOREIGN KEY (stage_id, map_id) REFERENCES stages (id, map_id) ON DELETE CASCADE,
        FOREIGN KEY (lane_id, map_id) REFERENCES lanes (id, map_id) ON DELETE CASCADE
      ) STRICT;
      INSERT INTO cards_0050
        (id, map_id, stage_id, lane_id, kind, ord, x, y, title, text, tags, persona_id, channel, score,
         severity, impact, effort, origin_id)
        SELECT id, map_id, stage_id, lane_id, kind, ord, x, y, title, text, tags, persona_id, channel, score,
               severity, impact, effort, origin_id
        FROM cards;
      DROP TABLE cards;
      ALTER TABLE cards_0050 RENAME TO cards;
      CREATE INDEX cards_by_map ON cards (map_id);
      CREATE INDEX cards_by_stage ON cards (stage_id, map_id);
      CREATE INDEX cards_by_lane ON cards (lane_id, map_id);
      CREATE INDEX cards_by_persona ON cards (persona_id) WHERE persona_id IS NOT NULL;
    `);
  },
};
