import { create } from 'zustand';
import type {
  NetworkInterface,
  SessionInfo,
  SessionRecord,
  TimerAction,
} from '../../shared/api/operations/workshop';
import { applyCardEvent, type SessionEvent, type VoteSettings } from '../../shared/workshop';
import { api, errorMessage } from '../api';
import { useEditorStore } from '../editor/store/editor-store';
import { applyCardFieldChange, type InFlightConflicts } from './card-field-changes';
import { admitEvent } from './event-sequence';
import { subscribeSessionEvents } from './session-events';

// Participants' changes of fields the facilitator's save in flight also carried (card-field-changes.ts).
const inFlightConflicts: InFlightConflicts = new Map();

/** One line of "what happened" in the session panel: the facilitator sees who did what. */
export interface ActivityEntry {
  seq: number;
  kind: 'added' | 'changed' | 'deleted' | 'joined' | 'left' | 'removed';
  who: string;
  title: string;
}

type Busy = 'starting' | 'ending' | 'working' | null;

export interface WorkshopSessionState {
  /** The session panel is shown. */
  panelOpen: boolean;
  interfaces: NetworkInterface[];
  /** The address the next session binds to (the first non-loopback interface by default). */
  address: string | null;
  info: SessionInfo | null;
  /** The last session event applied. */
  lastSeq: number;
  activity: ActivityEntry[];
  /** The record of the session just ended (its version's name), until the panel closes. */
  ended: SessionRecord | null;
  busy: Busy;
  error: string | null;

  /** Opens the panel for `mapId`: the interfaces to choose from and the running session, if any. */
  openPanel(mapId: string): Promise<void>;
  /**
   * Takes up the session already running on `mapId` (the page was reloaded): listens again, so the
   * web host, which ends a session whose facilitator page is gone, sees the page is back.
   */
  rejoin(mapId: string): Promise<void>;
  closePanel(): void;
  setAddress(address: string): void;
  start(mapId: string): Promise<void>;
  end(): Promise<void>;
  setLocked(locked: boolean): Promise<void>;
  setAllowedKinds(kinds: SessionInfo['state']['allowedKinds']): Promise<void>;
  startVote(settings: VoteSettings): Promise<void>;
  closeVote(): Promise<void>;
  revealVote(): Promise<void>;
  clearVote(): Promise<void>;
  removeParticipant(participantId: string): Promise<void>;
  setPresentation(followMe: boolean, step: number | null): Promise<void>;
  setTimer(timer: TimerAction): Promise<void>;
  /** Applies one event of the running session (in order; a gap reads afresh). */
  receive(event: SessionEvent): void;
  /** Reads the session and the map afresh (a gap, or the server could not replay). */
  resync(): Promise<void>;
  /** Stops listening and forgets the session (leaving the map; the backend ends it on close). */
  reset(): void;
}

const ACTIVITY_LIMIT = 50;
let stopEvents: (() => void) | null = null;
// Bumped by reset(): an answer that comes after the map was left is dropped.
let generation = 0;

function listen(info: SessionInfo): void {
  stopEvents?.();
  stopEvents = subscribeSessionEvents(info.state.sessionId, info.state.seq, {
    onEvent: (event) => useWorkshopSession.getState().receive(event),
    onResync: () => void useWorkshopSession.getState().resync(),
  });
}

function stopListening(): void {
  stopEvents?.();
  stopEvents = null;
}

export const useWorkshopSession = create<WorkshopSessionState>()((set, get) => {
  /** Runs one facilitator operation on the running session and shows the session it answers. */
  const act = async (run: (sessionId: string) => Promise<SessionInfo>): Promise<void> => {
    const info = get().info;
    if (!info) return;
    set({ busy: 'working', error: null });
    try {
      const next = await run(info.state.sessionId);
      // Events that came in meanwhile may be newer than the answer; keep the newer state.
      if (get().info?.state.sessionId === next.state.sessionId && next.state.seq >= get().lastSeq)
        set({ info: next });
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      set({ busy: null });
    }
  };

  const withInfo = (update: (info: SessionInfo) => SessionInfo) => {
    const info = get().info;
    if (info) set({ info: update(info) });
  };

  const log = (entry: ActivityEntry) =>
    set({ activity: [entry, ...get().activity].slice(0, ACTIVITY_LIMIT) });

  const titleOf = (cardId: string): string =>
    useEditorStore.getState().map?.cards.find((c) => c.id === cardId)?.title ?? '';

  return {
    panelOpen: false,
    interfaces: [],
    address: null,
    info: null,
    lastSeq: 0,
    activity: [],
    ended: null,
    busy: null,
    error: null,

    async openPanel(mapId) {
      set({ panelOpen: true, error: null, ended: null });
      try {
        const [{ interfaces, defaultAddress }, info] = await Promise.all([
          api.call('workshop.interfaces', {}),
          api.call('workshop.current', { mapId }),
        ]);
        set({ interfaces, address: get().address ?? defaultAddress });
        if (info && get().info?.state.sessionId !== info.state.sessionId) {
          set({ info, lastSeq: info.state.seq, activity: [] });
          listen(info);
        }
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    async rejoin(mapId) {
      const asked = generation;
      try {
        const info = await api.call('workshop.current', { mapId });
        if (!info || asked !== generation || get().info) return;
        set({ info, lastSeq: info.state.seq, activity: [] });
        listen(info);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    closePanel() {
      set({ panelOpen: false, ended: null });
    },

    setAddress(address) {
      set({ address });
    },

    async start(mapId) {
      const address = get().address;
      if (!address || get().info) return;
      set({ busy: 'starting', error: null, ended: null });
      try {
        const info = await api.call('workshop.start', { mapId, bindAddress: address });
        set({ info, lastSeq: info.state.seq, activity: [] });
        listen(info);
      } catch (error) {
        set({ error: errorMessage(error) });
      } finally {
        set({ busy: null });
      }
    },

    async end() {
      const info = get().info;
      if (!info) return;
      set({ busy: 'ending', error: null });
      try {
        // What the facilitator typed last belongs in the version the end saves.
        await useEditorStore.getState().flush();
        const record = await api.call('workshop.end', { sessionId: info.state.sessionId });
        stopListening();
        set({ info: null, ended: record, lastSeq: 0 });
      } catch (error) {
        set({ error: errorMessage(error) });
      } finally {
        set({ busy: null });
      }
    },

    setLocked: (locked) => act((sessionId) => api.call('workshop.setLocked', { sessionId, locked })),
    setAllowedKinds: (kinds) =>
      act((sessionId) => api.call('workshop.setAllowedKinds', { sessionId, kinds })),
    startVote: (settings) => act((sessionId) => api.call('workshop.startVote', { sessionId, settings })),
    closeVote: () => act((sessionId) => api.call('workshop.closeVote', { sessionId })),
    revealVote: () => act((sessionId) => api.call('workshop.revealVote', { sessionId })),
    clearVote: () => act((sessionId) => api.call('workshop.clearVote', { sessionId })),
    removeParticipant: (participantId) =>
      act((sessionId) => api.call('workshop.removeParticipant', { sessionId, participantId })),
    setPresentation: (followMe, step) =>
      act((sessionId) => api.call('workshop.setPresentation', { sessionId, followMe, step })),
    setTimer: (timer) => act((sessionId) => api.call('workshop.setTimer', { sessionId, timer })),

    receive(event) {
      const info = get().info;
      if (!info || event.sessionId !== info.state.sessionId) return;
      if (!admitEvent(get().lastSeq, event.seq, () => void get().resync())) return;
      set({ lastSeq: event.seq });
      switch (event.type) {
        case 'card.added':
        case 'card.changed':
        case 'card.deleted': {
          // A change naming its fields is merged field by field (issue 12, the last write of a field
          // wins): the facilitator's unsaved or in-flight edits of the card's other fields stay.
          const byFields = event.type === 'card.changed' && event.fields !== undefined;
          if (byFields) applyCardFieldChange(event, inFlightConflicts);
          // The facilitator's own edits are in the editor already (they came from it).
          if (event.by.kind === 'facilitator') return;
          const title = event.type === 'card.deleted' ? titleOf(event.cardId) : event.card.title;
          if (!byFields) useEditorStore.getState().applyRemote((map) => applyCardEvent(map, event));
          const kind =
            event.type === 'card.added' ? 'added' : event.type === 'card.changed' ? 'changed' : 'deleted';
          log({ seq: event.seq, kind, who: event.by.displayName, title });
          // The participant's card count changed; the list reads it from the session.
          withInfo((i) => ({
            ...i,
            participants: i.participants.map((p) =>
              event.by.kind === 'participant' && p.id === event.by.participantId
                ? {
                    ...p,
                    cardCount: Math.max(
                      0,
                      p.cardCount + (kind === 'added' ? 1 : kind === 'deleted' ? -1 : 0),
                    ),
                  }
                : p,
            ),
          }));
          return;
        }
        case 'map.changed':
          if (event.by.kind !== 'facilitator') void useEditorStore.getState().resync();
          return;
        case 'participant.joined':
        case 'participant.left': {
          const p = event.participant;
          withInfo((i) => ({
            ...i,
            participants: i.participants.some((x) => x.id === p.id)
              ? i.participants.map((x) => (x.id === p.id ? p : x))
              : [...i.participants, p],
          }));
          if (event.type === 'participant.joined')
            log({ seq: event.seq, kind: 'joined', who: p.displayName, title: '' });
          return;
        }
        case 'participant.removed':
          withInfo((i) => ({
            ...i,
            participants: i.participants.filter((p) => p.id !== event.participantId),
          }));
          return;
        case 'vote.changed':
          withInfo((i) => ({ ...i, state: { ...i.state, vote: event.vote, seq: event.seq } }));
          return;
        case 'session.changed':
          withInfo((i) => ({ ...i, state: event.state }));
          return;
        case 'session.ended':
          stopListening();
          set({ info: null, lastSeq: 0 });
          return;
      }
    },

    async resync() {
      const info = get().info;
      if (!info) return;
      // The editor reads the map afresh: what was in flight is settled in what it reads.
      inFlightConflicts.clear();
      try {
        const [next] = await Promise.all([
          api.call('workshop.current', { mapId: info.state.mapId }),
          useEditorStore.getState().resync(),
        ]);
        if (!next) {
          stopListening();
          set({ info: null, lastSeq: 0 });
          return;
        }
        set({ info: next, lastSeq: next.state.seq });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    reset() {
      generation += 1;
      stopListening();
      inFlightConflicts.clear();
      set({ panelOpen: false, info: null, lastSeq: 0, activity: [], ended: null, error: null });
    },
  };
});

/** The dots a card got in the revealed vote (0 when no vote is revealed or it got none). */
export function useRevealedDots(cardId: string): number {
  return useWorkshopSession((s) => {
    const vote = s.info?.state.vote;
    if (vote?.phase !== 'revealed' || !vote.results) return 0;
    return vote.results.find((r) => r.cardId === cardId)?.dots ?? 0;
  });
}
