import { z } from 'zod';
import { CardSchema } from '../domain/journey-map';
import { CardPatchFieldSchema } from '../domain/map-changes';
import { IdSchema, TimestampSchema } from '../domain/primitives';
import { ParticipantSchema, SessionStateSchema, VoteStateSchema } from './session-state';

/**
 * Who made a change: the facilitator (their editor, through `maps.applyChanges` or a session
 * operation) or one participant. The facilitator's editor skips events it caused itself
 * (`by.kind === 'facilitator'` for card events), so nothing is applied twice or sent back.
 */
export const ChangeAuthorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('facilitator') }),
  z.object({ kind: z.literal('participant'), participantId: IdSchema, displayName: z.string() }),
]);
export type ChangeAuthor = z.infer<typeof ChangeAuthorSchema>;

/** The author recorded on a card a participant added (null for the facilitator's own cards). */
export const CardAuthorSchema = z.object({ participantId: IdSchema, displayName: z.string() });
export type CardAuthor = z.infer<typeof CardAuthorSchema>;

/** What every event carries: its session and its place in the session's one order. */
const eventBase = {
  sessionId: IdSchema,
  /** 1, 2, 3, ... per session, without gaps: a client that sees a gap reads afresh. */
  seq: z.number().int().min(1),
  at: TimestampSchema,
};

/**
 * Every event of a session, in the one order the server gave them. The same events go to the
 * facilitator's page (IPC on the desktop, SSE on the loopback host) and to participants (SSE on the
 * participant listener, or polling).
 *
 * - `card.added` / `card.changed`: the whole card after the change (the stored row, with every earlier
 *   write merged in), and its author (null when the facilitator made it); `card.changed` also names
 *   the `fields` that write changed when it knows them, so a client holding edits of its own of the
 *   card's other fields takes only those (issue 12: the last write of a field wins);
 * - `card.deleted`: its id;
 * - `map.changed`: stages, lanes or the map itself changed (by the facilitator): read the map again;
 * - `participant.joined` / `participant.left` (stream closed) / `participant.removed` (by the
 *   facilitator; that participant's token no longer works);
 * - `vote.changed`: the vote was started, a dot was cast or withdrawn, it was closed, revealed
 *   (`vote.results` set) or cleared (`vote` null);
 * - `session.changed`: lock, allowed kinds, presentation step / follow-me or timer changed;
 * - `session.ended`: the session is over; every token is revoked, the stream closes after it.
 */
export const SessionEventSchema = z.discriminatedUnion('type', [
  z.object({
    ...eventBase,
    type: z.literal('card.added'),
    card: CardSchema,
    author: CardAuthorSchema.nullable(),
    by: ChangeAuthorSchema,
  }),
  z.object({
    ...eventBase,
    type: z.literal('card.changed'),
    card: CardSchema,
    author: CardAuthorSchema.nullable(),
    by: ChangeAuthorSchema,
    /** The fields this write changed; absent: any field may have changed (take the whole card). */
    fields: z.array(CardPatchFieldSchema).optional(),
  }),
  z.object({ ...eventBase, type: z.literal('card.deleted'), cardId: IdSchema, by: ChangeAuthorSchema }),
  z.object({ ...eventBase, type: z.literal('map.changed'), by: ChangeAuthorSchema }),
  z.object({ ...eventBase, type: z.literal('participant.joined'), participant: ParticipantSchema }),
  z.object({ ...eventBase, type: z.literal('participant.left'), participant: ParticipantSchema }),
  z.object({ ...eventBase, type: z.literal('participant.removed'), participantId: IdSchema }),
  z.object({ ...eventBase, type: z.literal('vote.changed'), vote: VoteStateSchema.nullable() }),
  z.object({ ...eventBase, type: z.literal('session.changed'), state: SessionStateSchema }),
  z.object({ ...eventBase, type: z.literal('session.ended'), endedAt: TimestampSchema }),
]);
export type SessionEvent = z.infer<typeof SessionEventSchema>;
export type SessionEventType = SessionEvent['type'];
/** An event before the sequencer numbered it. */
export type SessionEventBody = SessionEvent extends infer E
  ? E extends SessionEvent
    ? Omit<E, 'sessionId' | 'seq' | 'at'>
    : never
  : never;

/** What a client gets when it asks for the events after the last one it saw (polling or resync). */
export const SessionEventsPageSchema = z.object({
  events: z.array(SessionEventSchema),
  /** The session's last sequence number now. */
  latestSeq: z.number().int().min(0),
  /**
   * True when the events asked for are no longer kept (the client was away too long): the client
   * must read the map and the state afresh, then continue from `latestSeq`.
   */
  resync: z.boolean(),
  /** True once the session has ended; no more events will come. */
  ended: z.boolean(),
});
export type SessionEventsPage = z.infer<typeof SessionEventsPageSchema>;

/** How many recent events the server keeps for resync; older gaps are answered with `resync: true`. */
export const SESSION_EVENT_BACKLOG = 2_000;
