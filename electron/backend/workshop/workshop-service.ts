import type { Handlers, SessionRecord, WorkshopHandlers } from '../../../shared/api';
import { newId, nowIso, type MapChangeSet } from '../../../shared/domain';
import {
  EventLog,
  PARTICIPANT_CARD_KINDS,
  rankResults,
  type SessionEvent,
  type TimerState,
} from '../../../shared/workshop';
import type { Db } from '../db/open-database';
import { cardOwner, getCard } from '../repositories/card-repository';
import { getMapInfo } from '../repositories/map-repository';
import { readMap } from '../services/map-reader';
import { notFound } from '../services/service-errors';
import { autoSaveVersion } from '../services/version-service';
import {
  EventHub,
  infoOf,
  newLimits,
  stateOf,
  voteStateOf,
  type ActiveSession,
  type EventListener,
  type LiveVote,
} from './active-session';
import { defaultAddress, listIpv4Interfaces } from './network-interfaces';
import { createParticipantActions, type ParticipantActions } from './participant-actions';
import { startParticipantListener } from './participant-listener';
import { newJoinCode, newSecret } from './secrets';
import {
  appendVoteResult,
  deleteBallots,
  endStaleSessions,
  finishSession,
  getSessionRecord,
  insertSession,
  listSessionRecords,
  markParticipantRemoved,
} from './session-repository';
import { notRunning, workshopError } from './workshop-errors';

export interface WorkshopOptions {
  /** The built renderer (`out/renderer`) whose participant.html the listener serves; none in tests that need no page. */
  rendererDir?: string | undefined;
  /** The machine's interfaces; tests pass their own. */
  interfaces?: () => ReturnType<typeof listIpv4Interfaces>;
}

/** "Workshop 2026-12-01 14:03" (UTC): the default name of a session and of the version its end saves. */
export const defaultSessionName = (now = new Date()): string =>
  `Workshop ${now.toISOString().slice(0, 16).replace('T', ' ')}`;

export interface WorkshopService {
  readonly handlers: WorkshopHandlers;
  /** Puts event-emitting wrappers over the handlers that change a session's map from the facilitator's side. */
  wrap(handlers: Handlers): Handlers;
  /** Every event of every session, for the facilitator's page (IPC, loopback SSE). */
  subscribe(listener: EventListener): () => void;
  /** The running session's events after `after` (for a facilitator stream that reconnects). */
  since(sessionId: string, after: number): ReturnType<EventLog['since']> | null;
  readonly participants: ParticipantActions;
  /** The running session, if any (the listener and tests look at it). */
  active(): ActiveSession | null;
  /** Ends the running session (map closed, app quitting, library closing); never throws. */
  endNow(): void;
}

export function createWorkshopService(
  db: Db,
  applyChanges: Handlers['maps.applyChanges'],
  options: WorkshopOptions = {},
): WorkshopService {
  const hub = new EventHub();
  const interfaces = options.interfaces ?? (() => listIpv4Interfaces());
  let session: ActiveSession | null = null;

  const participants = createParticipantActions({
    db,
    hub,
    applyChanges,
    session: () => session,
    nowMs: () => Date.now(),
  });

  const cardsOf = (s: ActiveSession) => readMap(db, s.mapId)?.cards ?? [];
  const info = (s: ActiveSession) => infoOf(s, cardsOf(s));
  const runningById = (sessionId: string): ActiveSession => {
    if (!session || session.id !== sessionId) throw notRunning();
    return session;
  };
  const changed = (s: ActiveSession) => {
    hub.emit(s, { type: 'session.changed', state: stateOf(s) });
    return info(s);
  };
  const voteOf = (s: ActiveSession): LiveVote => {
    if (!s.vote) throw workshopError('not_found', 'vote_none', 'There is no vote in this session right now.');
    return s.vote;
  };
  const stopVoteTimer = (vote: LiveVote) => {
    if (vote.timeout) clearTimeout(vote.timeout);
    vote.timeout = null;
  };
  const closeVote = (s: ActiveSession, vote: LiveVote) => {
    stopVoteTimer(vote);
    if (vote.phase === 'open') vote.phase = 'closed';
  };
  const emitVote = (s: ActiveSession) => {
    hub.emit(s, { type: 'vote.changed', vote: voteStateOf(s.vote) });
    return info(s);
  };

  const end = (s: ActiveSession): SessionRecord => {
    // Revoke first: no participant request is answered from here on.
    session = null;
    if (s.vote) stopVoteTimer(s.vote);
    const endedAt = nowIso();
    let versionId: string | null = null;
    db.transaction(() => {
      if (getMapInfo(db, s.mapId)) versionId = autoSaveVersion(db, s.mapId, s.name).id;
      finishSession(db, s.id, endedAt, versionId);
    })();
    // Tell every open stream, then close the listener (which drops whatever is still connected).
    hub.emit(s, { type: 'session.ended', endedAt });
    s.closeListener();
    return (
      getSessionRecord(db, s.id) ?? {
        id: s.id,
        mapId: s.mapId,
        name: s.name,
        startedAt: s.startedAt,
        endedAt,
        participantCount: s.participants.size,
        voteResults: [],
        versionId,
      }
    );
  };

  const timerAfter = (
    current: TimerState,
    action: Parameters<WorkshopHandlers['workshop.setTimer']>[0]['timer'],
  ): TimerState => {
    const now = Date.now();
    switch (action.action) {
      case 'start':
        return {
          status: 'running',
          durationSeconds: action.durationSeconds,
          endsAt: new Date(now + action.durationSeconds * 1000).toISOString(),
        };
      case 'pause':
        if (current.status !== 'running') return current;
        return {
          status: 'paused',
          durationSeconds: current.durationSeconds,
          remainingSeconds: Math.max(0, Math.round((Date.parse(current.endsAt) - now) / 1000)),
        };
      case 'resume':
        if (current.status !== 'paused') return current;
        return {
          status: 'running',
          durationSeconds: current.durationSeconds,
          endsAt: new Date(now + current.remainingSeconds * 1000).toISOString(),
        };
      case 'reset':
        return { status: 'stopped' };
    }
  };

  const handlers: WorkshopHandlers = {
    'workshop.interfaces': () => {
      const list = interfaces();
      return { interfaces: list, defaultAddress: defaultAddress(list) };
    },

    'workshop.start': async ({ mapId, bindAddress, port, name, allowedKinds }) => {
      const map = getMapInfo(db, mapId);
      if (!map) throw notFound('map', mapId);
      if (session) {
        const running = getMapInfo(db, session.mapId);
        throw workshopError('conflict', 'session_running', 'A workshop session is already running.', {
          mapName: running?.name ?? session.mapId,
        });
      }
      if (!interfaces().some((i) => i.address === bindAddress))
        throw workshopError(
          'invalid_input',
          'session_address_unknown',
          `${bindAddress} is not an address of this computer.`,
          {
            address: bindAddress,
          },
        );
      const id = newId();
      const startedAt = nowIso();
      const draft: ActiveSession = {
        id,
        mapId,
        name: name ?? defaultSessionName(),
        startedAt,
        secret: newSecret(),
        code: newJoinCode(),
        address: bindAddress,
        port: 0,
        log: new EventLog(id, nowIso),
        locked: false,
        allowedKinds: [...(allowedKinds ?? PARTICIPANT_CARD_KINDS)],
        vote: null,
        presentation: { followMe: false, step: null },
        timer: { status: 'stopped' },
        participants: new Map(),
        ownerOf: new Map(),
        ...newLimits(),
        closeListener: () => {},
      };
      let listener;
      try {
        listener = await startParticipantListener({
          address: bindAddress,
          port,
          rendererDir: options.rendererDir,
          participants,
          session: () => (session?.id === id ? session : null),
          subscribe: (fn) => hub.subscribe(fn),
        });
      } catch (error) {
        const detail = (error as NodeJS.ErrnoException).code ?? String(error);
        throw workshopError(
          'conflict',
          'session_listen_failed',
          `Could not listen on ${bindAddress}:${port}.`,
          {
            address: bindAddress,
            port,
            detail,
          },
        );
      }
      if (session) {
        // Another start won the race while this one was binding.
        listener.close();
        throw workshopError('conflict', 'session_running', 'A workshop session is already running.', {
          mapName: map.name,
        });
      }
      draft.port = listener.port;
      draft.closeListener = listener.close;
      db.transaction(() => {
        endStaleSessions(db, startedAt);
        insertSession(db, { id, mapId, name: draft.name, startedAt });
      })();
      session = draft;
      return info(draft);
    },

    'workshop.current': ({ mapId }) => {
      if (!session || (mapId !== undefined && session.mapId !== mapId)) return null;
      return info(session);
    },

    'workshop.end': ({ sessionId }) => end(runningById(sessionId)),

    'workshop.setLocked': ({ sessionId, locked }) => {
      const s = runningById(sessionId);
      s.locked = locked;
      return changed(s);
    },

    'workshop.setAllowedKinds': ({ sessionId, kinds }) => {
      const s = runningById(sessionId);
      s.allowedKinds = PARTICIPANT_CARD_KINDS.filter((k) => kinds.includes(k));
      return changed(s);
    },

    'workshop.startVote': ({ sessionId, settings }) => {
      const s = runningById(sessionId);
      if (s.vote?.phase === 'open')
        throw workshopError('conflict', 'vote_already_open', 'A vote is already open. Close it first.');
      const startedAtMs = Date.now();
      const vote: LiveVote = {
        id: newId(),
        settings,
        phase: 'open',
        startedAt: new Date(startedAtMs).toISOString(),
        endsAt: settings.durationSeconds
          ? new Date(startedAtMs + settings.durationSeconds * 1000).toISOString()
          : null,
        ballots: [],
        results: null,
        timeout: null,
      };
      if (settings.durationSeconds) {
        vote.timeout = setTimeout(() => {
          if (session !== s || s.vote !== vote) return;
          closeVote(s, vote);
          emitVote(s);
        }, settings.durationSeconds * 1000);
        vote.timeout.unref?.();
      }
      s.vote = vote;
      return emitVote(s);
    },

    'workshop.closeVote': ({ sessionId }) => {
      const s = runningById(sessionId);
      closeVote(s, voteOf(s));
      return emitVote(s);
    },

    'workshop.revealVote': ({ sessionId }) => {
      const s = runningById(sessionId);
      const vote = voteOf(s);
      closeVote(s, vote);
      const nameOf = (pid: string) => s.participants.get(pid)?.displayName ?? '?';
      vote.results = rankResults(vote.ballots, cardsOf(s), vote.settings.anonymous, nameOf);
      vote.phase = 'revealed';
      appendVoteResult(db, s.id, { voteId: vote.id, revealedAt: nowIso(), results: vote.results });
      return emitVote(s);
    },

    'workshop.clearVote': ({ sessionId }) => {
      const s = runningById(sessionId);
      const vote = voteOf(s);
      stopVoteTimer(vote);
      deleteBallots(db, vote.id);
      s.vote = null;
      return emitVote(s);
    },

    'workshop.removeParticipant': ({ sessionId, participantId }) => {
      const s = runningById(sessionId);
      const p = s.participants.get(participantId);
      if (!p || p.removed) throw notFound('participant', participantId);
      p.removed = true;
      markParticipantRemoved(db, participantId, nowIso());
      hub.emit(s, { type: 'participant.removed', participantId });
      return info(s);
    },

    'workshop.setPresentation': ({ sessionId, followMe, step }) => {
      const s = runningById(sessionId);
      s.presentation = { followMe, step };
      return changed(s);
    },

    'workshop.setTimer': ({ sessionId, timer }) => {
      const s = runningById(sessionId);
      s.timer = timerAfter(s.timer, timer);
      return changed(s);
    },

    'workshop.events': ({ sessionId, after }) => runningById(sessionId).log.since(after),

    'workshop.history': ({ mapId }) => listSessionRecords(db, mapId),
  };

  /**
   * The facilitator's own edits of the session's map become events, so every participant sees them:
   * cards one by one (read back after the write, so a card keeps its author), anything else as
   * `map.changed` (read the map again).
   */
  const afterFacilitatorChange = (mapId: string, changes: MapChangeSet, existed: Set<string>) => {
    const s = session;
    if (!s || s.mapId !== mapId) return;
    const by = { kind: 'facilitator' } as const;
    for (const cardId of changes.remove?.cardIds ?? []) {
      if (!existed.has(cardId)) continue;
      s.ownerOf.delete(cardId);
      hub.emit(s, { type: 'card.deleted', cardId, by });
    }
    for (const sent of changes.upsert?.cards ?? []) {
      const card = getCard(db, mapId, sent.id);
      if (!card) continue;
      const owner = s.ownerOf.get(card.id);
      const p = owner ? s.participants.get(owner) : undefined;
      const author = p ? { participantId: p.id, displayName: p.displayName } : null;
      // The stored row, so the event carries what the save merged (issue 12: a patch wrote only
      // the fields named in cardFields) and names those fields.
      const fields = changes.upsert?.cardFields?.[card.id];
      if (!existed.has(card.id)) hub.emit(s, { type: 'card.added', card, author, by });
      else hub.emit(s, { type: 'card.changed', card, author, by, ...(fields ? { fields } : {}) });
    }
    const structural =
      changes.map !== undefined ||
      (changes.upsert?.stages?.length ?? 0) > 0 ||
      (changes.upsert?.lanes?.length ?? 0) > 0 ||
      (changes.upsert?.connections?.length ?? 0) > 0 ||
      (changes.remove?.stageIds?.length ?? 0) > 0 ||
      (changes.remove?.laneIds?.length ?? 0) > 0 ||
      (changes.remove?.connectionIds?.length ?? 0) > 0 ||
      changes.stageOrder !== undefined ||
      changes.laneOrder !== undefined;
    if (structural) hub.emit(s, { type: 'map.changed', by });
  };

  const wrap = (base: Handlers): Handlers => ({
    ...base,
    'maps.applyChanges': async (input) => {
      const watching = session?.mapId === input.id;
      const existed = new Set<string>();
      if (watching) {
        const ids = [
          ...(input.changes.upsert?.cards ?? []).map((c) => c.id),
          ...(input.changes.remove?.cardIds ?? []),
        ];
        for (const id of ids) if (cardOwner(db, id) === input.id) existed.add(id);
      }
      const result = await base['maps.applyChanges'](input);
      if (watching) afterFacilitatorChange(input.id, input.changes, existed);
      return result;
    },
    'versions.restore': async (input) => {
      const result = await base['versions.restore'](input);
      if (session && session.mapId === result.restored.mapId) {
        // Restored cards are the version's; ownership of this session's cards no longer holds.
        for (const cardId of [...session.ownerOf.keys()])
          if (!getCard(db, session.mapId, cardId)) session.ownerOf.delete(cardId);
        hub.emit(session, { type: 'map.changed', by: { kind: 'facilitator' } });
      }
      return result;
    },
    'maps.delete': async (input) => {
      if (session && session.mapId === input.id) end(session);
      return base['maps.delete'](input);
    },
  });

  return {
    handlers,
    wrap,
    subscribe: (listener: (event: SessionEvent) => void) => hub.subscribe(listener),
    since: (sessionId, after) => (session && session.id === sessionId ? session.log.since(after) : null),
    participants,
    active: () => session,
    endNow: () => {
      if (!session) return;
      try {
        end(session);
      } catch (error) {
        console.error('[workshop] ending the session failed:', error);
      }
    },
  };
}
