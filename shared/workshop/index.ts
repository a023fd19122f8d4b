export * from './events';
export * from './participant-protocol';
export * from './session-state';
export * from './apply-card-event';
export * from './allow-list';
export * from './event-log';
export * from './rate-limit';
export * from './vote-rules';
