export * from './errors';
export * from './contract';
export * from './dispatch';
export * from './http';
export * from './json-text';
export * from './unsupported-handlers';
