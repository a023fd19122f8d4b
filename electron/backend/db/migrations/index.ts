import { migration0010 } from './0010-initial';
import { migration0020 } from './0020-stage-metrics-outlive-stages';
import { migration0030 } from './0030-origin-ids';
import { migration0040 } from './0040-preferences';
import { migration0070 } from './0070-workshop-sessions';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, oldest first. Add a new file numbered 10 above the last one and list it here. */
export const MIGRATIONS: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0040,
  migration0070,
];
