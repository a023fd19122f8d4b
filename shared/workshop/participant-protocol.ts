import { z } from 'zod';
import { CardSchema, LaneKindSchema } from '../domain/journey-map';
import { IdSchema, LIMITS, NameSchema } from '../domain/primitives';
import { CardAuthorSchema, SessionEventsPageSchema } from './events';
import {
  DisplayNameSchema,
  ParticipantCardKindSchema,
  ParticipantSchema,
  SessionStateSchema,
} from './session-state';

/**
 * The participant listener's HTTP surface (electron/backend/workshop/participant-listener.ts). It is
 * a separate server, bound to the address the facilitator chose, running only during a session; it
 * answers exactly these paths and nothing of the loopback app or its API.
 *
 * - `GET /` and `GET /join/<secret>`: the participant page (`participant.html` of the renderer
 *   build); `/` shows the short-code form, `/join/<secret>` joins by the link's secret.
 * - `GET /assets/<file>` and `GET /join/assets/<file>`: the built page's scripts and styles (the
 *   build uses relative paths, so the page at `/join/<secret>` asks for `/join/assets/...`).
 * - `POST /session/api/<name>`: one participant operation ({@link PARTICIPANT_OPERATIONS}), a JSON
 *   body, the participant token in {@link PARTICIPANT_TOKEN_HEADER} (except `join`); the answer is an
 *   `ApiResult` as JSON, like the loopback API.
 * - `GET /session/events?token=<participant token>`: Server-Sent Events, one `message` per
 *   {@link SessionEvent} with `id:` its sequence number; a reconnecting EventSource sends
 *   `Last-Event-ID` and gets what it missed (or one `resync` event: read map and state afresh).
 */
export const PARTICIPANT_PATHS = {
  home: '/',
  joinPrefix: '/join/',
  assetsPrefix: '/assets/',
  joinAssetsPrefix: '/join/assets/',
  apiPrefix: '/session/api/',
  events: '/session/events',
} as const;

/** The renderer build's second entry, served by the participant listener (never index.html). */
export const PARTICIPANT_PAGE_FILE = 'participant.html';

/** The request header that carries the participant token on every operation but `join`. */
export const PARTICIPANT_TOKEN_HEADER = 'x-participant-token';
/** The query parameter that carries it on the event stream (EventSource cannot set headers). */
export const PARTICIPANT_TOKEN_QUERY = 'token';

/** SSE event name (besides the default `message`) telling the client to read map and state afresh. */
export const SSE_RESYNC_EVENT = 'resync';

/** The secret of the join link: 32 random bytes in base64url (256 bits), 43 characters. */
export const JoinSecretSchema = z
  .string()
  .length(43)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be a join link secret');

/** Letters and digits that cannot be confused when read off a projector (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/**
 * A short code as typed: case, spaces and dashes do not matter ("k7m-2qx" is "K7M2QX"). The
 * transform normalises; the listener compares in constant time and rate-limits wrong tries.
 */
export const JoinCodeInputSchema = z
  .string()
  .max(32)
  .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .length(JOIN_CODE_LENGTH, `must be ${JOIN_CODE_LENGTH} characters`)
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), 'must be a join code'),
  );

/** A participant token: `<participant id>.<43 characters of secret>`; only its holder knows it. */
export const ParticipantTokenSchema = z
  .string()
  .max(LIMITS.idLength + 44)
  .regex(/^[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{43}$/, 'must be a participant token');

/** Longest card title a participant may send (a sticky note, not an essay). */
export const PARTICIPANT_TITLE_MAX = 140;
/** Longest card text a participant may send. */
export const PARTICIPANT_TEXT_MAX = 1_000;
/** Largest participant request body the listener reads; more is refused with 413 before parsing. */
export const PARTICIPANT_MAX_BODY_BYTES = 8 * 1024;

const TitleSchema = z.string().trim().min(1, 'must not be empty').max(PARTICIPANT_TITLE_MAX);
const TextSchema = z.string().max(PARTICIPANT_TEXT_MAX);

/** What a participant knows about themselves. */
export const ParticipantSelfSchema = z.object({
  participantId: IdSchema,
  displayName: DisplayNameSchema,
  /** Dots left in the open vote (0 without one). */
  dotsLeft: z.number().int().min(0),
  /** The dots this participant placed, per card. */
  myVotes: z.array(z.object({ cardId: IdSchema, dots: z.number().int().min(1) })),
});
export type ParticipantSelf = z.infer<typeof ParticipantSelfSchema>;

export const ParticipantSessionViewSchema = z.object({
  state: SessionStateSchema,
  you: ParticipantSelfSchema,
});
export type ParticipantSessionView = z.infer<typeof ParticipantSessionViewSchema>;

/**
 * The map as a participant reads it: its stages and lanes in display order, its cards, and who added
 * which (cards the facilitator made have no author). `seq` is the last event already contained, so
 * the client continues the stream from there.
 */
export const ParticipantMapSchema = z.object({
  mapId: IdSchema,
  name: NameSchema,
  stages: z.array(z.object({ id: IdSchema, name: z.string() })),
  lanes: z.array(z.object({ id: IdSchema, name: z.string(), kind: LaneKindSchema })),
  cards: z.array(CardSchema),
  /** Card id -> the participant who added it. */
  authors: z.record(IdSchema, CardAuthorSchema),
  seq: z.number().int().min(0),
});
export type ParticipantMap = z.infer<typeof ParticipantMapSchema>;

const strict = z.strictObject;

/**
 * Every participant operation, by name (`POST /session/api/<name>`). Nothing else is answered: no
 * other map, no personas, no metrics, no versions, no export, no settings. Inputs are strict objects
 * (unknown fields are refused) and never name a map: the session decides which map it is.
 */
export const PARTICIPANT_OPERATIONS = {
  /** Join by the link's secret or by the short code, with a display name; answers the token. */
  join: {
    input: strict({
      via: z.discriminatedUnion('kind', [
        strict({ kind: z.literal('link'), secret: JoinSecretSchema }),
        strict({ kind: z.literal('code'), code: JoinCodeInputSchema }),
      ]),
      displayName: DisplayNameSchema,
    }),
    output: z
      .object({ token: ParticipantTokenSchema, participant: ParticipantSchema })
      .extend(ParticipantSessionViewSchema.shape),
  },
  /** The session's state and one's own dots. */
  state: { input: strict({}), output: ParticipantSessionViewSchema },
  /** The session's map. */
  map: { input: strict({}), output: ParticipantMapSchema },
  /**
   * Adds a card in a stage x lane cell, of a kind the facilitator allows. `cardId` (optional, chosen
   * by the client) makes a retry safe: the same id from the same participant answers the card it
   * already added instead of adding a second.
   */
  addCard: {
    input: strict({
      cardId: IdSchema.optional(),
      kind: ParticipantCardKindSchema,
      title: TitleSchema,
      text: TextSchema.default(''),
      stageId: IdSchema,
      laneId: IdSchema,
    }),
    output: z.object({ card: CardSchema, seq: z.number().int().min(1) }),
  },
  /** Changes one's own card; only the fields given change (last write of a field wins). */
  editCard: {
    input: strict({
      cardId: IdSchema,
      title: TitleSchema.optional(),
      text: TextSchema.optional(),
      stageId: IdSchema.optional(),
      laneId: IdSchema.optional(),
    }),
    output: z.object({ card: CardSchema, seq: z.number().int().min(1) }),
  },
  /** Deletes one's own card. */
  deleteCard: {
    input: strict({ cardId: IdSchema }),
    output: z.object({ cardId: IdSchema, seq: z.number().int().min(1) }),
  },
  /** Places one dot on a card of the open vote. */
  castVote: { input: strict({ cardId: IdSchema }), output: ParticipantSessionViewSchema },
  /** Takes one of one's dots back from a card of the open vote. */
  withdrawVote: { input: strict({ cardId: IdSchema }), output: ParticipantSessionViewSchema },
  /** Polling fallback and resync: the events after `after` (the last seq the client applied). */
  events: { input: strict({ after: z.number().int().min(0) }), output: SessionEventsPageSchema },
  /** Leaves the session; the token stops working. */
  leave: { input: strict({}), output: z.object({ left: z.literal(true) }) },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type ParticipantOperations = typeof PARTICIPANT_OPERATIONS;
export type ParticipantOperationName = keyof ParticipantOperations;
export type ParticipantInput<K extends ParticipantOperationName> = z.input<ParticipantOperations[K]['input']>;
export type ParticipantParsedInput<K extends ParticipantOperationName> = z.output<
  ParticipantOperations[K]['input']
>;
export type ParticipantOutput<K extends ParticipantOperationName> = z.output<
  ParticipantOperations[K]['output']
>;

export function isParticipantOperationName(name: unknown): name is ParticipantOperationName {
  return typeof name === 'string' && Object.hasOwn(PARTICIPANT_OPERATIONS, name);
}
