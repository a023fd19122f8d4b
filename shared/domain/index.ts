export * from './primitives';
export * from './journey-map';
export * from './map-changes';
export * from './persona';
export * from './metrics';
export * from './version';
export * from './card-display-title';
export * from './lane-card-kind';
