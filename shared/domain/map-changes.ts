import { z } from 'zod';
import { CardSchema, ConnectionSchema, LaneSchema, StageSchema } from './journey-map';
import { IdSchema, LanguageSchema, LIMITS, LongTextSchema, NameSchema } from './primitives';

/**
 * An incremental edit of one map: the rows that changed and nothing else. The editor batches its
 * edits into one change set per autosave; the backend writes it in one transaction.
 *
 * - `map`: fields of the map itself that changed.
 * - `upsert`: whole stages, lanes, cards, connections that were added or changed.
 * - `remove`: ids of stages, lanes, cards, connections that were deleted. Removing a stage or lane
 *   also removes its cards (and their connections); the editor asks the user first.
 * - `stageOrder` / `laneOrder`: the complete new order, sent only when the order changed. Upserted
 *   stages and lanes missing from the order are appended at the end.
 */
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
