import type { Db } from '../open-database';

/** One step of the schema. `version` is the `user_version` the database has after it ran. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Db): void;
}
