import { z } from 'zod';
import { LaneKindSchema } from '../domain/journey-map';
import { IdSchema, NameSchema, TimestampSchema } from '../domain/primitives';

/**
 * The card kinds a participant may add. Persona cards point into the persona library, which
 * participants never reach, so they are never among them.
 */
export const PARTICIPANT_CARD_KINDS = ['touchpoint', 'emotion', 'painPoint', 'opportunity', 'note'] as const;
export const ParticipantCardKindSchema = z.enum(PARTICIPANT_CARD_KINDS);
export type ParticipantCardKind = z.infer<typeof ParticipantCardKindSchema>;

/** A participant's display name: what the facilitator and the room see next to their cards. */
/** Longest name a participant may join with. */
export const DISPLAY_NAME_MAX = 40;
export const DisplayNameSchema = z.string().trim().min(1, 'must not be empty').max(DISPLAY_NAME_MAX);

/** Which cards a dot vote is about: every card of the map, or the cards in lanes of one kind. */
export const VoteScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('laneKind'), laneKind: LaneKindSchema }),
]);
export type VoteScope = z.infer<typeof VoteScopeSchema>;

export const VOTE_LIMITS = { dotsPerPerson: 20, maxPerCard: 20, durationSeconds: 3_600 } as const;

/** How a dot vote is set up by the facilitator. */
export const VoteSettingsSchema = z.object({
  scope: VoteScopeSchema.default({ kind: 'all' }),
  /** Dots each participant may place in all. */
  dotsPerPerson: z.number().int().min(1).max(VOTE_LIMITS.dotsPerPerson).default(3),
  /** Dots one participant may place on one card. */
  maxPerCard: z.number().int().min(1).max(VOTE_LIMITS.maxPerCard).default(1),
  /** Anonymous: the result shows dot counts only; named: also who placed them. */
  anonymous: z.boolean().default(true),
  /** Optional time limit; the vote closes by itself when it runs out. */
  durationSeconds: z.number().int().min(10).max(VOTE_LIMITS.durationSeconds).nullable().default(null),
});
export type VoteSettings = z.infer<typeof VoteSettingsSchema>;

/** `open`: dots may be cast and withdrawn; `closed`: frozen, hidden; `revealed`: the result is shown. */
export const VotePhaseSchema = z.enum(['open', 'closed', 'revealed']);
export type VotePhase = z.infer<typeof VotePhaseSchema>;

/** One card's line in a revealed result, ranked by dots (ties share a rank). */
export const VoteResultSchema = z.object({
  cardId: IdSchema,
  title: z.string(),
  dots: z.number().int().min(0),
  rank: z.number().int().min(1),
  /** Display names of the voters with their dots, only for a named vote. */
  voters: z.array(z.object({ displayName: z.string(), dots: z.number().int().min(1) })).nullable(),
});
export type VoteResult = z.infer<typeof VoteResultSchema>;

/** The vote as everyone sees it: dots per card stay hidden until it is revealed. */
export const VoteStateSchema = VoteSettingsSchema.extend({
  id: IdSchema,
  phase: VotePhaseSchema,
  startedAt: TimestampSchema,
  /** When an open vote with a time limit closes by itself. */
  endsAt: TimestampSchema.nullable(),
  /** Dots cast so far by everyone (a progress bar; no per-card counts before the reveal). */
  dotsCast: z.number().int().min(0),
  /** How many participants placed at least one dot. */
  voterCount: z.number().int().min(0),
  /** The ranked result once revealed, else null. Cards with no dots are left out. */
  results: z.array(VoteResultSchema).nullable(),
});
export type VoteState = z.infer<typeof VoteStateSchema>;

/** The workshop timer everyone sees. */
export const TimerStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('stopped') }),
  z.object({
    status: z.literal('running'),
    durationSeconds: z.number().int().min(1),
    endsAt: TimestampSchema,
  }),
  z.object({
    status: z.literal('paused'),
    durationSeconds: z.number().int().min(1),
    remainingSeconds: z.number().int().min(0),
  }),
]);
export type TimerState = z.infer<typeof TimerStateSchema>;

/** "Follow me": with `followMe` on, participants' screens show the facilitator's presentation step. */
export const PresentationStateSchema = z.object({
  followMe: z.boolean(),
  /** The presentation step (index into the presentation's steps), or null when not presenting. */
  step: z.number().int().min(0).max(10_000).nullable(),
});
export type PresentationState = z.infer<typeof PresentationStateSchema>;

/** The shared state of a running (or just ended) session: the same for facilitator and participants. */
export const SessionStateSchema = z.object({
  sessionId: IdSchema,
  mapId: IdSchema,
  /** The session's name; ending saves a version with it. */
  name: NameSchema,
  startedAt: TimestampSchema,
  endedAt: TimestampSchema.nullable(),
  /** Locked: participants can read and vote but not add, edit or delete cards. */
  locked: z.boolean(),
  allowedKinds: z.array(ParticipantCardKindSchema).max(PARTICIPANT_CARD_KINDS.length),
  vote: VoteStateSchema.nullable(),
  presentation: PresentationStateSchema,
  timer: TimerStateSchema,
  /** The sequence number of the last event of this session (0 before the first). */
  seq: z.number().int().min(0),
});
export type SessionState = z.infer<typeof SessionStateSchema>;

/** One participant as the facilitator (and the room) sees them. */
export const ParticipantSchema = z.object({
  id: IdSchema,
  displayName: DisplayNameSchema,
  joinedAt: TimestampSchema,
  /** True while they have an event stream open or polled within the last 30 s. */
  connected: z.boolean(),
  /** Cards they added that are still on the map. */
  cardCount: z.number().int().min(0),
});
export type Participant = z.infer<typeof ParticipantSchema>;
