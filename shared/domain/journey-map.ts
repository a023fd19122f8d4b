import { z } from 'zod';
import {
  IdSchema,
  LanguageSchema,
  LIMITS,
  LongTextSchema,
  NameSchema,
  ShortTextSchema,
  TagsSchema,
  TimestampSchema,
} from './primitives';

/** What a lane (row) holds; decides which card kinds the palette suggests for it. */
export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'painPoints',
  'opportunities',
  'notes',
  'custom',
] as const;
export const LaneKindSchema = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof LaneKindSchema>;

export const CARD_KINDS = ['persona', 'touchpoint', 'emotion', 'painPoint', 'opportunity', 'note'] as const;
export const CardKindSchema = z.enum(CARD_KINDS);
export type CardKind = z.infer<typeof CardKindSchema>;

export const CHANNELS = [
  'web',
  'app',
  'email',
  'social',
  'ads',
  'search',
  'phone',
  'store',
  'event',
  'salesRep',
  'other',
] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const DEFAULT_STAGE_WIDTH = 320;

/**
 * Lineage: the id of the row this one was copied from (by duplicating a map, "Duplicate as map" of
 * a version, or importing a map file), always the first original of a chain of copies. Absent (or
 * null) for rows made from scratch. The compare view pairs rows up by it; nothing else reads it.
 */
const OriginIdSchema = IdSchema.nullable().optional();

/**
 * The `originId` a copy of `row` gets: the row's own origin when it is a copy itself, else its id.
 * Pointing every copy at the first original keeps a whole family of copies matchable with each other.
 */
export function copyOrigin(row: { id: string; originId?: string | null | undefined }): string {
  return row.originId ?? row.id;
}
export const DEFAULT_LANE_HEIGHT = 180;

/** A column of the journey: one step the customer goes through. */
export const StageSchema = z.object({
  id: IdSchema,
  originId: OriginIdSchema,
  name: NameSchema,
  description: LongTextSchema.default(''),
  goal: ShortTextSchema.default(''),
  width: z.number().int().min(160).max(2_000).default(DEFAULT_STAGE_WIDTH),
});
export type Stage = z.infer<typeof StageSchema>;

/** A row of the journey: actions, touchpoints, emotions, ... */
export const LaneSchema = z.object({
  id: IdSchema,
  originId: OriginIdSchema,
  name: NameSchema,
  kind: LaneKindSchema,
  height: z.number().int().min(80).max(2_000).default(DEFAULT_LANE_HEIGHT),
});
export type Lane = z.infer<typeof LaneSchema>;

const Coordinate = z.number().finite().min(-1_000_000).max(1_000_000);

/**
 * Fields every card has. A card sits in a stage x lane cell (`stageId` and `laneId` set, `order` is its
 * place within the cell) or free on the canvas (`stageId`/`laneId` null, `x`/`y` set).
 */
const cardBase = {
  id: IdSchema,
  originId: OriginIdSchema,
  stageId: IdSchema.nullable(),
  laneId: IdSchema.nullable(),
  order: z.number().int().min(0).max(LIMITS.cardsPerMap).default(0),
  x: Coordinate.nullable().default(null),
  y: Coordinate.nullable().default(null),
  title: z.string().max(LIMITS.name),
  text: LongTextSchema.default(''),
  tags: TagsSchema.default([]),
  /**
   * The display name of the workshop participant who added the card (issue 12); absent for cards
   * made in the editor. Once set it stays, whoever edits the card later.
   */
  author: z.string().trim().min(1).max(40).nullable().optional(),
};

export const EMOTION_SCORES = [-2, -1, 0, 1, 2] as const;

export const PersonaCardSchema = z.object({
  ...cardBase,
  kind: z.literal('persona'),
  personaId: IdSchema.nullable().default(null),
});
export const TouchpointCardSchema = z.object({
  ...cardBase,
  kind: z.literal('touchpoint'),
  channel: ChannelSchema.default('web'),
});
export const EmotionCardSchema = z.object({
  ...cardBase,
  kind: z.literal('emotion'),
  /** -2 (very negative) .. +2 (very positive). */
  score: z.number().int().min(-2).max(2).default(0),
});
export const PainPointCardSchema = z.object({
  ...cardBase,
  kind: z.literal('painPoint'),
  /** 1 (minor) .. 3 (severe). */
  severity: z.number().int().min(1).max(3).default(2),
});
export const OpportunityCardSchema = z.object({
  ...cardBase,
  kind: z.literal('opportunity'),
  /** 1 (low) .. 3 (high). */
  impact: z.number().int().min(1).max(3).default(2),
  /** 1 (low) .. 3 (high). */
  effort: z.number().int().min(1).max(3).default(2),
});
export const NoteCardSchema = z.object({ ...cardBase, kind: z.literal('note') });

export const CardSchema = z.discriminatedUnion('kind', [
  PersonaCardSchema,
  TouchpointCardSchema,
  EmotionCardSchema,
  PainPointCardSchema,
  OpportunityCardSchema,
  NoteCardSchema,
]);
export type Card = z.infer<typeof CardSchema>;
export type CardOf<K extends CardKind> = Extract<Card, { kind: K }>;

/** A directed link between two cards: the path a customer takes, or a cause. */
export const ConnectionSchema = z.object({
  id: IdSchema,
  originId: OriginIdSchema,
  sourceId: IdSchema,
  targetId: IdSchema,
  label: z.string().max(LIMITS.name).default(''),
});
export type Connection = z.infer<typeof ConnectionSchema>;

/** A whole journey map as the editor and the exports see it. Stages and lanes are in display order. */
export const JourneyMapSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  description: LongTextSchema.default(''),
  language: LanguageSchema.default('en'),
  personaIds: z.array(IdSchema).max(LIMITS.listItems).default([]),
  stages: z.array(StageSchema).max(LIMITS.stagesPerMap),
  lanes: z.array(LaneSchema).max(LIMITS.lanesPerMap),
  cards: z.array(CardSchema).max(LIMITS.cardsPerMap),
  connections: z.array(ConnectionSchema).max(LIMITS.connectionsPerMap),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type JourneyMap = z.infer<typeof JourneyMapSchema>;

/** One row of the library screen. */
export const MapSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  description: z.string(),
  language: LanguageSchema,
  stageCount: z.number().int(),
  cardCount: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type MapSummary = z.infer<typeof MapSummarySchema>;
