/**
 * Pure edit operations on a `JourneyMap`: each takes a map and returns a new one that shares every
 * unchanged stage, lane, card and connection (or the very same map when nothing changes). Impossible
 * edits throw a typed `ApiError` and change nothing.
 */
export * from './cells';
export * from './stages';
export * from './lanes';
export * from './cards';
export * from './placement';
export * from './nudge';
export * from './connections';
export * from './personas';
export * from './clipboard-schema';
export * from './clipboard';
export { invalidEdit } from './guards';
