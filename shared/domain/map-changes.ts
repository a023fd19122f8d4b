import { z } from 'zod';
import { CardSchema, ConnectionSchema, LaneSchema, StageSchema, type Card } from './journey-map';
import { IdSchema, LanguageSchema, LIMITS, LongTextSchema, NameSchema } from './primitives';

/**
 * An incremental edit of one map: the rows that changed and nothing else. The editor batches its
 * edits into one change set per autosave; the backend writes it in one transaction.
 *
 * - `map`: fields of the map itself that changed.
 * - `upsert`: whole stages, lanes, cards, connections that were added or changed.
 * - `upsert.cardFields`: for an upserted card that already exists, the fields this save changed
 *   (issue 12, per-field last write wins). The backend then writes only those columns of the stored
 *   row and keeps the others as they are, so a field another writer (a workshop participant) changed
 *   meanwhile is not written back with an old value. A card without an entry, one that is not stored
 *   (yet or any more) or one whose kind differs from the stored row is written whole, as before.
 * - `remove`: ids of stages, lanes, cards, connections that were deleted. Removing a stage or lane
 *   also removes its cards (and their connections); the editor asks the user first.
 * - `stageOrder` / `laneOrder`: the complete new order, sent only when the order changed. Upserted
 *   stages and lanes missing from the order are appended at the end.
 */
/**
 * The card fields a save may send on their own (see `upsert.cardFields`): all but the card's identity
 * (`id`, `kind`), its lineage (`originId`) and its workshop `author`, which never change through a save.
 */
export const CARD_PATCH_FIELDS = [
  'title',
  'text',
  'tags',
  'stageId',
  'laneId',
  'order',
  'x',
  'y',
  'personaId',
  'channel',
  'score',
  'severity',
  'impact',
  'effort',
] as const;
export const CardPatchFieldSchema = z.enum(CARD_PATCH_FIELDS);
export type CardPatchField = z.infer<typeof CardPatchFieldSchema>;

/**
 * A stored card with the listed fields taken from `sent`, the others kept: what a save naming its
 * changed fields writes. `sent` whole when the kinds differ (its kind's fields are not the stored ones').
 */
export function withCardFields(stored: Card, sent: Card, fields: readonly string[]): Card {
  if (stored.kind !== sent.kind) return sent;
  const merged: Record<string, unknown> = { ...stored };
  for (const field of fields) merged[field] = (sent as Record<string, unknown>)[field];
  return merged as Card;
}

/** Changed fields per card id, for cards of `upsert.cards` that the backend holds already. */
export const CardFieldsSchema = z.record(
  IdSchema,
  z.array(CardPatchFieldSchema).min(1).max(CARD_PATCH_FIELDS.length),
);

export const MapChangeSetSchema = z.object({
  map: z
    .object({
      name: NameSchema.optional(),
      description: LongTextSchema.optional(),
      language: LanguageSchema.optional(),
      personaIds: z.array(IdSchema).max(LIMITS.listItems).optional(),
    })
    .optional(),
  upsert: z
    .object({
      stages: z.array(StageSchema).max(LIMITS.stagesPerMap).optional(),
      lanes: z.array(LaneSchema).max(LIMITS.lanesPerMap).optional(),
      cards: z.array(CardSchema).max(LIMITS.cardsPerMap).optional(),
      cardFields: CardFieldsSchema.optional(),
      connections: z.array(ConnectionSchema).max(LIMITS.connectionsPerMap).optional(),
    })
    .optional(),
  remove: z
    .object({
      stageIds: z.array(IdSchema).max(LIMITS.stagesPerMap).optional(),
      laneIds: z.array(IdSchema).max(LIMITS.lanesPerMap).optional(),
      cardIds: z.array(IdSchema).max(LIMITS.cardsPerMap).optional(),
      connectionIds: z.array(IdSchema).max(LIMITS.connectionsPerMap).optional(),
    })
    .optional(),
  stageOrder: z.array(IdSchema).max(LIMITS.stagesPerMap).optional(),
  laneOrder: z.array(IdSchema).max(LIMITS.lanesPerMap).optional(),
});
export type MapChangeSet = z.infer<typeof MapChangeSetSchema>;
