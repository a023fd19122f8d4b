import { CARD_PATCH_FIELDS } from '../domain/map-changes';
import type { FieldChange } from './types';
import { valuesEqual } from './values-equal';

/**
 * The fields compared per row type, in the order changes are reported. A field not listed here (one a
 * later schema adds) is still compared and reported after these, in sorted order, so the diff never
 * misses a change.
 */
export const ROW_FIELDS = {
  stage: ['name', 'description', 'goal', 'width'],
  lane: ['name', 'kind', 'height'],
  // A card's kind, then the fields a save may send on their own (per-field last write wins, issue 12).
  card: ['kind', ...CARD_PATCH_FIELDS],
  connection: ['sourceId', 'targetId', 'label'],
  period: ['mapId', 'name', 'startDate', 'endDate', 'source', 'provenance', 'createdAt'],
  metric: ['metricLabel', 'count', 'targetConversion', 'avgDaysInStage', 'lossReasons'],
} as const satisfies Record<string, readonly string[]>;

export type RowType = keyof typeof ROW_FIELDS;

/**
 * Fields that identify a row rather than describe it; never reported as changed. `originId` (what a
 * row was copied from) is lineage, used to pair rows up (see `alignByLineage`), not content.
 */
const KEY_FIELDS: Record<RowType, readonly string[]> = {
  stage: ['id', 'originId'],
  lane: ['id', 'originId'],
  card: ['id', 'originId'],
  connection: ['id', 'originId'],
  period: ['id'],
  metric: ['periodId', 'stageId'],
};

const known = (type: RowType): ReadonlySet<string> => new Set([...ROW_FIELDS[type], ...KEY_FIELDS[type]]);
const KNOWN: Record<RowType, ReadonlySet<string>> = {
  stage: known('stage'),
  lane: known('lane'),
  card: known('card'),
  connection: known('connection'),
  period: known('period'),
  metric: known('metric'),
};

/**
 * The fields that differ between two versions of one row: the listed fields first (constant work per
 * row), then any unlisted field either side has.
 */
export function diffRowFields(type: RowType, before: object, after: object): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const field of ROW_FIELDS[type]) {
    if (!valuesEqual(b[field], a[field])) changes.push({ field, before: b[field], after: a[field] });
  }
  // Unlisted fields are rare (a newer schema), so look for them without allocating.
  const listed = KNOWN[type];
  let extra: string[] | undefined;
  for (const key in b) if (!listed.has(key)) (extra ??= []).push(key);
  for (const key in a) if (!listed.has(key) && !(key in b)) (extra ??= []).push(key);
  if (extra) {
    for (const field of extra.sort()) {
      if (!valuesEqual(b[field], a[field])) changes.push({ field, before: b[field], after: a[field] });
    }
  }
  return changes;
}
