import type { Db } from '../open-database';

/** One step of the schema. `version` is the `user_version` the database has after it ran. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /**
   * The step rebuilds a table other tables reference (SQLite's way to change a constraint): the
   * runner switches foreign keys off around its transaction, so dropping the old table does not
   * cascade, and checks every reference before it commits.
   */
  readonly foreignKeysOff?: boolean;
  up(db: Db): void;
}
