/**
 * Funnel math: everything derived from stage counts (conversion, drop-off, leaks, hotspots, what-if,
 * period changes) and its display formatting. Pure functions; nothing here is ever stored.
 */
export * from './numbers';
export * from './conversion';
export * from './analysis';
export * from './emotion';
export * from './hotspots';
export * from './what-if';
export * from './format';
export * from './cumulative';
export * from './leaks';
export * from './benchmarks';
export * from './significance';
export * from './trends';
export * from './value';
export * from './insight';
