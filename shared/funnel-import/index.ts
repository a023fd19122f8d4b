/**
 * Funnel file import: reads GA4, Mixpanel and plain CSV/TSV funnel exports (any common encoding and
 * delimiter) into periods of step counts, pairs the steps with a map's stages and builds the stage
 * numbers to store. Pure; nothing is written until the user confirms the preview.
 */
export * from './types';
export * from './file-errors';
export * from './name-list';
export * from './decode-text';
export * from './delimited-text';
export * from './cell-values';
export * from './column-roles';
export * from './detect-format';
export * from './parse-funnel-file';
export * from './stage-vocabulary';
export * from './match-steps';
export * from './build-stage-metrics';
