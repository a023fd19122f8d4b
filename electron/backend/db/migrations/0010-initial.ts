import type { Migration } from './types';

/**
 * The first schema: one row per thing, `position` columns for order, STRICT tables so a wrong type
 * is an error instead of a silent conversion.
 *
 * Cards keep their kind-specific fields in explicit nullable columns (persona_id, channel, score,
 * severity, impact, effort) rather than a JSON blob: there are only six, `persona_id` can then be a
 * real foreign key, and the emotion curve or a pain-point report can be computed in SQL later.
 * Tags are a JSON array: they are only ever read and written with their card.
 *
 * Stages, lanes and cards carry `UNIQUE (id, map_id)` so that children can reference them with a
 * composite foreign key `(x_id, map_id)`: the database itself refuses a card placed in another map's
 * stage, or a connection to another map's card. A NULL `stage_id`/`lane_id` (a free card) is not
 * checked, which is what SQL's MATCH SIMPLE gives us.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE maps (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX maps_by_updated_at ON maps (updated_at);

      CREATE TABLE personas (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        avatar_image TEXT,
        avatar_color TEXT NOT NULL,
        quote TEXT NOT NULL DEFAULT '',
        goals TEXT NOT NULL DEFAULT '[]',
        needs TEXT NOT NULL DEFAULT '[]',
        frustrations TEXT NOT NULL DEFAULT '[]',
        demographics TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE map_personas (
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        persona_id TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (map_id, persona_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX map_personas_by_persona ON map_personas (persona_id);

      CREATE TABLE stages (
        id TEXT PRIMARY KEY,
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        goal TEXT NOT NULL DEFAULT '',
        width INTEGER NOT NULL,
        UNIQUE (id, map_id)
      ) STRICT;
      CREATE INDEX stages_by_map ON stages (map_id, position);

      CREATE TABLE lanes (
        id TEXT PRIMARY KEY,
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        height INTEGER NOT NULL,
        UNIQUE (id, map_id)
      ) STRICT;
      CREATE INDEX lanes_by_map ON lanes (map_id, position);

      CREATE TABLE cards (
        id TEXT PRIMARY KEY,
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        stage_id TEXT,
        lane_id TEXT,
        kind TEXT NOT NULL
          CHECK (kind IN ('persona', 'touchpoint', 'emotion', 'painPoint', 'opportunity', 'note')),
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
        UNIQUE (id, map_id),
        FOREIGN KEY (stage_id, map_id) REFERENCES stages (id, map_id) ON DELETE CASCADE,
        FOREIGN KEY (lane_id, map_id) REFERENCES lanes (id, map_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX cards_by_map ON cards (map_id);
      CREATE INDEX cards_by_stage ON cards (stage_id, map_id);
      CREATE INDEX cards_by_lane ON cards (lane_id, map_id);
      CREATE INDEX cards_by_persona ON cards (persona_id) WHERE persona_id IS NOT NULL;

      CREATE TABLE connections (
        id TEXT PRIMARY KEY,
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        source_id TEXT NOT NULL,
        target_id TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        FOREIGN KEY (source_id, map_id) REFERENCES cards (id, map_id) ON DELETE CASCADE,
        FOREIGN KEY (target_id, map_id) REFERENCES cards (id, map_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX connections_by_map ON connections (map_id);
      CREATE INDEX connections_by_source ON connections (source_id, map_id);
      CREATE INDEX connections_by_target ON connections (target_id, map_id);

      CREATE TABLE metric_periods (
        id TEXT PRIMARY KEY,
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        start_date TEXT,
        end_date TEXT,
        source TEXT NOT NULL DEFAULT 'manual',
        provenance TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX metric_periods_by_map ON metric_periods (map_id);

      CREATE TABLE stage_metrics (
        period_id TEXT NOT NULL REFERENCES metric_periods (id) ON DELETE CASCADE,
        stage_id TEXT NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
        metric_label TEXT NOT NULL DEFAULT '',
        count INTEGER,
        target_conversion REAL,
        avg_days_in_stage REAL,
        loss_reasons TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (period_id, stage_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX stage_metrics_by_stage ON stage_metrics (stage_id);

      CREATE TABLE versions (
        id TEXT PRIMARY KEY,
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        card_count INTEGER NOT NULL,
        snapshot TEXT NOT NULL
      ) STRICT;
      CREATE INDEX versions_by_map ON versions (map_id, created_at);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
