/**
 * The map diff: what changed between two map documents (versions, or the last save and the editor's
 * document), how to pair up the rows of two maps by lineage, the autosave change set it implies, a
 * change list for the compare view, and metric deltas between two periods. What a diff or a change
 * set means when applied is pinned down by the tests' oracles (test-apply-diff.ts,
 * test-apply-change-set.ts), which the app does not ship.
 */
export * from './types';
export { valuesEqual } from './values-equal';
export { ROW_FIELDS, diffRowFields, type RowType } from './row-fields';
export { diffMaps, diffCollection, cardPlace, isCardMove, isReorderOnly } from './diff-maps';
export { alignByLineage, compareDocuments, matchRows, type Comparison } from './align-by-lineage';
export { isEmptyDiff, emptyDiff } from './empty-diff';
export { canonicalMapDocument } from './canonical';
export { changeSetFromDiff } from './change-set';
export {
  describeDiff,
  reorderedIds,
  type ChangeEntry,
  type ChangeKind,
  type ChangeItemType,
} from './describe-diff';
export {
  metricDeltas,
  metricsOfPeriod,
  biggestLeakMoved,
  type StageMetricDelta,
  type LeakMove,
} from './metric-deltas';
