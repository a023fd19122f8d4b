export * from './events';
export * from './participant-protocol';
export * from './session-state';
export * from './apply-card-event';
