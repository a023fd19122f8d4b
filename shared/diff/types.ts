import type { Card, Connection, Id, JourneyMap, Lane, MetricPeriod, Stage, StageMetric } from '../domain';

/**
 * What the diff compares: a map with (optionally) its metric periods and stage metrics. A version
 * snapshot (`MapSnapshot`) fits as is. Missing `periods` / `metrics` count as empty lists.
 */
export interface MapDocument {
  map: JourneyMap;
  periods?: readonly MetricPeriod[];
  metrics?: readonly StageMetric[];
}

/** A document with every list present, as {@link canonicalMapDocument} returns it. */
export interface FullMapDocument {
  map: JourneyMap;
  periods: MetricPeriod[];
  metrics: StageMetric[];
}

/** The map fields the diff looks at. Identity and timestamps (`id`, `createdAt`, `updatedAt`) belong
 * to the store, not to the content, and are never diffed. */
export const MAP_CONTENT_FIELDS = ['name', 'description', 'language', 'personaIds'] as const;
export type MapContentField = (typeof MAP_CONTENT_FIELDS)[number];

/** One field that differs between two versions of a row (or of the map). */
export interface FieldChange {
  field: string;
  /** `undefined` when the field does not exist on the before side (e.g. after a card kind change). */
  before: unknown;
  after: unknown;
}

/** A row present on both sides with at least one differing field. */
export interface RowChange<T> {
  /** The row's key: its `id`, or `periodId/stageId` for a stage metric (see {@link metricKey}). */
  id: string;
  before: T;
  after: T;
  /** Every differing field, known fields first in a fixed order per row type. */
  fields: FieldChange[];
}

/** Where a card sits: its cell and place in the cell, or its free position on the canvas. */
export interface CardPlace {
  stageId: Id | null;
  laneId: Id | null;
  order: number;
  x: number | null;
  y: number | null;
}

/**
 * A changed card. `moved` is true when the card is in another stage or lane, or is a free card at
 * another position (see `isCardMove`); a new `order` within the same cell alone is not a move.
 */
export interface CardChange extends RowChange<Card> {
  moved: boolean;
  from: CardPlace;
  to: CardPlace;
}

/** Rows added, removed and changed in one collection, keyed by id. */
export interface CollectionDiff<T, C extends RowChange<T> = RowChange<T>> {
  /** Rows only in the target, in the target's order. */
  added: T[];
  /** Rows only in the source, in the source's order. */
  removed: T[];
  /** Rows on both sides that differ, in the target's order. */
  changed: C[];
}

/** The complete id sequence on both sides; null when the sequences are identical. */
export type OrderChange = { before: Id[]; after: Id[] } | null;

/** A collection whose display order matters (stages, lanes). */
export interface OrderedCollectionDiff<T> extends CollectionDiff<T> {
  order: OrderChange;
}

/**
 * The difference between two map documents, keyed by stable ids (after tldraw's `RecordsDiff`,
 * extended with field-level changes, card moves and display order).
 *
 * Card and connection array order is not part of the diff: a card's place is its `stageId`, `laneId`,
 * `order`, `x`, `y` fields. Stage and lane order is (`order`). See {@link canonicalMapDocument}.
 */
export interface MapDiff {
  /** Changed map content fields (name, description, language, personaIds). */
  map: FieldChange[];
  stages: OrderedCollectionDiff<Stage>;
  lanes: OrderedCollectionDiff<Lane>;
  cards: CollectionDiff<Card, CardChange>;
  connections: CollectionDiff<Connection>;
  periods: CollectionDiff<MetricPeriod>;
  /** Stage metrics keyed by `periodId/stageId`. */
  metrics: CollectionDiff<StageMetric>;
}

/** The collections of a {@link MapDiff}, for code that treats them alike. */
export const DIFF_COLLECTIONS = ['stages', 'lanes', 'cards', 'connections', 'periods', 'metrics'] as const;
export type DiffCollection = (typeof DIFF_COLLECTIONS)[number];

/**
 * The key of a stage metric: `periodId/stageId`. Ids never contain `/` (see `IdSchema`), so the key
 * is unambiguous.
 */
export function metricKey(metric: Pick<StageMetric, 'periodId' | 'stageId'>): string {
  return `${metric.periodId}/${metric.stageId}`;
}
