/**
 * The map diff: what changed between two map documents (versions, or the last save and the editor's
 * document), how to apply, reverse and squash it, how to pair up the rows of two maps by lineage, the autosave change set it implies, a change list
 * for the compare view, and metric deltas between two periods.
 */
export * from './types';
export { valuesEqual } from './values-equal';
export { ROW_FIELDS, diffRowFields, type RowType } from './row-fields';
export { diffMaps, diffCollection, cardPlace, isCardMove, isReorderOnly } from './diff-maps';
export { alignByLineage, compareDocuments, matchRows, type Comparison } from './align-by-lineage';
export { isEmptyDiff, emptyDiff, reverseDiff, squashDiffs } from './diff-ops';
export { applyDiff, type FullMapDocument } from './apply-diff';
export { canonicalMapDocument, canonicalDiff } from './canonical';
export { changeSetFromDiff } from './change-set';
export { applyChangeSet } from './apply-change-set';
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
