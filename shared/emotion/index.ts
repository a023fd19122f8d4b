/** The emotion curve, derived from a map's emotion cards (never stored), and the emotion faces. */
export * from './curve';
export * from './smooth-path';
export * from './faces';
