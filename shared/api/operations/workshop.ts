import { z } from 'zod';
import { IdSchema, NameSchema, TimestampSchema } from '../../domain';
import { SessionEventsPageSchema } from '../../workshop/events';
import {
  ParticipantCardKindSchema,
  ParticipantSchema,
  SessionStateSchema,
  VoteResultSchema,
  VoteSettingsSchema,
  PARTICIPANT_CARD_KINDS,
} from '../../workshop/session-state';
import { op, type OperationHandlers, type OperationSpec } from './define';

/** A dotted IPv4 address, e.g. `192.168.1.20` (the listener binds to IPv4 only). */
export const Ipv4AddressSchema = z.ipv4();

/** One IPv4 interface of the machine the listener could bind to. */
export const NetworkInterfaceSchema = z.object({
  /** The OS name, e.g. `wlan0`, `en0`, `Wi-Fi`. */
  name: z.string(),
  address: Ipv4AddressSchema,
  /** Loopback (127.x): reachable from this machine only. */
  internal: z.boolean(),
});
export type NetworkInterface = z.infer<typeof NetworkInterfaceSchema>;

/** What the facilitator's session panel shows of a running session. */
export const SessionInfoSchema = z.object({
  state: SessionStateSchema,
  /** `http://<address>:<port>/join/<secret>`: the link and the QR code. */
  joinUrl: z.string(),
  /** The short code to type at `http://<address>:<port>/`. */
  joinCode: z.string(),
  /** `http://<address>:<port>/`, where the code is typed. */
  homeUrl: z.string(),
  address: Ipv4AddressSchema,
  port: z.number().int().min(1).max(65_535),
  participants: z.array(ParticipantSchema),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** One recorded session of a map (kept after it ended). */
export const SessionRecordSchema = z.object({
  id: IdSchema,
  mapId: IdSchema,
  name: z.string(),
  startedAt: TimestampSchema,
  endedAt: TimestampSchema.nullable(),
  participantCount: z.number().int().min(0),
  /** Every revealed vote of the session, in order. */
  voteResults: z.array(
    z.object({ voteId: IdSchema, revealedAt: TimestampSchema, results: z.array(VoteResultSchema) }),
  ),
  /** The version saved when the session ended. */
  versionId: IdSchema.nullable(),
});
export type SessionRecord = z.infer<typeof SessionRecordSchema>;

const session = { sessionId: IdSchema };

/** What the timer control does. */
export const TimerActionSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('start'),
    durationSeconds: z
      .number()
      .int()
      .min(1)
      .max(24 * 3_600),
  }),
  z.object({ action: z.literal('pause') }),
  z.object({ action: z.literal('resume') }),
  z.object({ action: z.literal('reset') }),
]);
export type TimerAction = z.infer<typeof TimerActionSchema>;

/**
 * The facilitator's live workshop session (issue 12): one at a time, on one map. Participants never
 * reach these: they have their own allow-list on their own listener (shared/workshop). Each
 * operation that changes the session answers the session as it is afterwards; every connected
 * client also gets the change as an event (shared/workshop/events.ts).
 */
export const workshopOperations = {
  /** The machine's IPv4 interfaces; `defaultAddress` is the first non-loopback one (else 127.0.0.1). */
  'workshop.interfaces': op(
    z.object({}),
    z.object({ interfaces: z.array(NetworkInterfaceSchema), defaultAddress: Ipv4AddressSchema }),
  ),
  /**
   * Starts a session on `mapId`: opens the participant listener on `bindAddress` (one of the
   * machine's interfaces) and `port` (0: any free one). Refused with `conflict` while one runs.
   */
  'workshop.start': op(
    z.object({
      mapId: IdSchema,
      bindAddress: Ipv4AddressSchema,
      port: z.number().int().min(0).max(65_535).default(0),
      /** Default: "Workshop <date time>". */
      name: NameSchema.optional(),
      allowedKinds: z.array(ParticipantCardKindSchema).max(PARTICIPANT_CARD_KINDS.length).optional(),
    }),
    SessionInfoSchema,
  ),
  /** The running session (of `mapId`, when given), or null. */
  'workshop.current': op(z.object({ mapId: IdSchema.optional() }), SessionInfoSchema.nullable()),
  /**
   * Ends the session: closes the listener at once, revokes every participant, records the end and
   * saves a version of the map named after the session.
   */
  'workshop.end': op(z.object(session), SessionRecordSchema),
  'workshop.setLocked': op(z.object({ ...session, locked: z.boolean() }), SessionInfoSchema),
  'workshop.setAllowedKinds': op(
    z.object({ ...session, kinds: z.array(ParticipantCardKindSchema).max(PARTICIPANT_CARD_KINDS.length) }),
    SessionInfoSchema,
  ),
  /** Starts a dot vote (replacing a closed or revealed one); refused while one is open. */
  'workshop.startVote': op(z.object({ ...session, settings: VoteSettingsSchema }), SessionInfoSchema),
  'workshop.closeVote': op(z.object(session), SessionInfoSchema),
  /** Shows the result (dots per card, ranked) to everyone; closes the vote first if open. */
  'workshop.revealVote': op(z.object(session), SessionInfoSchema),
  /** Removes the vote and its dots. */
  'workshop.clearVote': op(z.object(session), SessionInfoSchema),
  /** Revokes one participant's token at once; their cards stay on the map. */
  'workshop.removeParticipant': op(z.object({ ...session, participantId: IdSchema }), SessionInfoSchema),
  /** The presentation step participants follow while `followMe` is on. */
  'workshop.setPresentation': op(
    z.object({ ...session, followMe: z.boolean(), step: z.number().int().min(0).max(10_000).nullable() }),
    SessionInfoSchema,
  ),
  'workshop.setTimer': op(z.object({ ...session, timer: TimerActionSchema }), SessionInfoSchema),
  /** Polling fallback and resync for the facilitator's page: the events after `after`. */
  'workshop.events': op(z.object({ ...session, after: z.number().int().min(0) }), SessionEventsPageSchema),
  /** The map's recorded sessions, newest first. */
  'workshop.history': op(z.object({ mapId: IdSchema }), z.array(SessionRecordSchema)),
} as const satisfies Record<string, OperationSpec>;
export type WorkshopHandlers = OperationHandlers<typeof workshopOperations>;
