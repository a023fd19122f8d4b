import type { Migration } from './types';

/**
 * Live workshop sessions (issue 12).
 *
 * - `cards.author`: the display name of the participant who added a card. A column of the card, not
 *   a side table, so that versions, exports, duplicates and restores carry it like any other field.
 * - `workshop_sessions`: one row per session (start, end, participant count, the revealed votes as
 *   JSON, the version saved at the end); deleted with its map.
 * - `workshop_participants`: who joined which session; `removed_at` once removed or left.
 * - `workshop_card_owners`: which participant may edit or delete which card during the session;
 *   goes with the card.
 * - `workshop_ballots`: the dots of each vote, written as they are cast, so a host that dies
 *   mid-vote loses no acknowledged dot.
 */
export const migration0070: Migration = {
  version: 70,
  name: 'workshop-sessions',
  up(db) {
    db.exec(`
      ALTER TABLE cards ADD COLUMN author TEXT;

      CREATE TABLE workshop_sessions (
        id TEXT PRIMARY KEY,
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        participant_count INTEGER NOT NULL DEFAULT 0,
        vote_results TEXT NOT NULL DEFAULT '[]',
        version_id TEXT
      ) STRICT;
      CREATE INDEX workshop_sessions_by_map ON workshop_sessions (map_id, started_at);

      CREATE TABLE workshop_participants (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES workshop_sessions (id) ON DELETE CASCADE,
        display_name TEXT NOT NULL,
        joined_at TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;
      CREATE INDEX workshop_participants_by_session ON workshop_participants (session_id);

      CREATE TABLE workshop_card_owners (
        card_id TEXT PRIMARY KEY REFERENCES cards (id) ON DELETE CASCADE,
        session_id TEXT NOT NULL REFERENCES workshop_sessions (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL
      ) STRICT;

      CREATE TABLE workshop_ballots (
        vote_id TEXT NOT NULL,
        session_id TEXT NOT NULL REFERENCES workshop_sessions (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL,
        card_id TEXT NOT NULL,
        dots INTEGER NOT NULL CHECK (dots > 0),
        PRIMARY KEY (vote_id, participant_id, card_id)
      ) STRICT;
    `);
  },
};
