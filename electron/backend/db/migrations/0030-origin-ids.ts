import type { Migration } from './types';

/**
 * Lineage: each stage, lane, card and connection may remember the row it was copied from, so a
 * comparison of a map with its duplicate (as-is and to-be kept as two maps) pairs the copies up
 * instead of listing everything as removed and added.
 *
 * `origin_id` is the id of the original row (the first one of a chain of copies). It is NULL for rows
 * made from scratch and for every row that existed before this migration. It is no foreign key: the
 * original may be in another map, deleted since, or in the library a map file was exported from.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'origin-ids',
  up(db) {
    db.exec(`
      ALTER TABLE stages ADD COLUMN origin_id TEXT;
      ALTER TABLE lanes ADD COLUMN origin_id TEXT;
      ALTER TABLE cards ADD COLUMN origin_id TEXT;
      ALTER TABLE connections ADD COLUMN origin_id TEXT;
    `);
  },
};
