export * from './keys';
export * from './command-table';
export * from './command-labels';
