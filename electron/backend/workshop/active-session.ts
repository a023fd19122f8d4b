import type { SessionInfo } from '../../../shared/api';
import type { Card } from '../../../shared/domain';
import {
  CodeAttemptGuard,
  type EventLog,
  PARTICIPANT_LIMITS,
  SlidingWindowLimit,
  type Ballot,
  type ParticipantCardKind,
  type PresentationState,
  type SessionEvent,
  type SessionEventBody,
  type SessionState,
  type TimerState,
  type VoteResult,
  type VoteSettings,
  type VoteState,
} from '../../../shared/workshop';

/** One participant while the session runs. `secret` is the second half of their token. */
export interface LiveParticipant {
  id: string;
  displayName: string;
  joinedAt: string;
  secret: string;
  removed: boolean;
  /** Open event streams; connected while > 0 or seen within {@link SEEN_WINDOW_MS}. */
  streams: number;
  lastSeenMs: number;
}

export const SEEN_WINDOW_MS = 30_000;

export interface LiveVote {
  id: string;
  settings: VoteSettings;
  phase: 'open' | 'closed' | 'revealed';
  startedAt: string;
  endsAt: string | null;
  ballots: Ballot[];
  results: VoteResult[] | null;
  timeout: ReturnType<typeof setTimeout> | null;
}

/** The running session: its secrets, its listener, its state and its one event order. */
export interface ActiveSession {
  id: string;
  mapId: string;
  name: string;
  startedAt: string;
  secret: string;
  code: string;
  address: string;
  port: number;
  log: EventLog;
  locked: boolean;
  allowedKinds: ParticipantCardKind[];
  vote: LiveVote | null;
  presentation: PresentationState;
  timer: TimerState;
  participants: Map<string, LiveParticipant>;
  /** Card id -> the participant who added it in this session (who may edit and delete it). */
  ownerOf: Map<string, string>;
  codeGuard: CodeAttemptGuard;
  cardLimit: SlidingWindowLimit;
  requestLimit: SlidingWindowLimit;
  joinLimit: SlidingWindowLimit;
  /** Closes the participant listener (and every open stream) at once. */
  closeListener: () => void;
}

export function newLimits(): Pick<ActiveSession, 'codeGuard' | 'cardLimit' | 'requestLimit' | 'joinLimit'> {
  return {
    codeGuard: new CodeAttemptGuard(),
    cardLimit: new SlidingWindowLimit(PARTICIPANT_LIMITS.cardsPerMinute, 60_000),
    requestLimit: new SlidingWindowLimit(PARTICIPANT_LIMITS.requestsPerMinute, 60_000),
    joinLimit: new SlidingWindowLimit(PARTICIPANT_LIMITS.joinsPerMinute, 60_000),
  };
}

/** The vote as everyone sees it: no per-card counts before the reveal. */
export function voteStateOf(vote: LiveVote | null): VoteState | null {
  if (!vote) return null;
  return {
    ...vote.settings,
    id: vote.id,
    phase: vote.phase,
    startedAt: vote.startedAt,
    endsAt: vote.endsAt,
    dotsCast: vote.ballots.reduce((sum, b) => sum + b.dots, 0),
    voterCount: new Set(vote.ballots.map((b) => b.participantId)).size,
    results: vote.phase === 'revealed' ? vote.results : null,
  };
}

export function stateOf(session: ActiveSession, endedAt: string | null = null): SessionState {
  return {
    sessionId: session.id,
    mapId: session.mapId,
    name: session.name,
    startedAt: session.startedAt,
    endedAt,
    locked: session.locked,
    allowedKinds: [...session.allowedKinds],
    vote: voteStateOf(session.vote),
    presentation: { ...session.presentation },
    timer: session.timer,
    seq: session.log.latestSeq,
  };
}

export function participantView(session: ActiveSession, p: LiveParticipant, cards: readonly Card[] | null) {
  const cardIds = cards ? new Set(cards.map((c) => c.id)) : null;
  let cardCount = 0;
  for (const [cardId, owner] of session.ownerOf) {
    if (owner === p.id && (!cardIds || cardIds.has(cardId))) cardCount += 1;
  }
  return {
    id: p.id,
    displayName: p.displayName,
    joinedAt: p.joinedAt,
    connected: p.streams > 0 || Date.now() - p.lastSeenMs < SEEN_WINDOW_MS,
    cardCount,
  };
}

export function infoOf(session: ActiveSession, cards: readonly Card[] | null): SessionInfo {
  const base = `http://${session.address}:${session.port}/`;
  return {
    state: stateOf(session),
    joinUrl: `${base}join/${session.secret}`,
    joinCode: session.code,
    homeUrl: base,
    address: session.address,
    port: session.port,
    participants: [...session.participants.values()]
      .filter((p) => !p.removed)
      .map((p) => participantView(session, p, cards)),
  };
}

/** Who gets the events: the facilitator's sinks (IPC, loopback SSE) and the listener's streams. */
export type EventListener = (event: SessionEvent) => void;

export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Numbers the event in the session's order and hands it to every listener. */
  emit(session: ActiveSession, body: SessionEventBody): SessionEvent {
    const event = session.log.append(body);
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error('[workshop] an event listener failed:', error);
      }
    }
    return event;
  }
}
