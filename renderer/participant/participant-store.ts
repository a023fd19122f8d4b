import { create } from 'zustand';
import { ApiError } from '../../shared/api';
import {
  applyCardEvent,
  SessionEventSchema,
  SSE_RESYNC_EVENT,
  type ParticipantCardKind,
  type ParticipantMap,
  type ParticipantSelf,
  type ParticipantSessionView,
  type SessionEvent,
  type SessionState,
} from '../../shared/workshop';
import { errorMessage } from '../api/error-message';
import { admitEvent } from '../workshop/event-sequence';
import { callParticipant, participantEventsUrl } from './participant-client';

/**
 * `join`: the name (and code) form; `live`: in the session; `ended`: the facilitator ended it;
 * `removed`: the facilitator removed this participant; `gone`: the link or token no longer works.
 */
export type ParticipantPhase = 'join' | 'live' | 'ended' | 'removed' | 'gone';

export interface NewCard {
  kind: ParticipantCardKind;
  title: string;
  stageId: string;
  laneId: string;
}

export interface ParticipantState {
  phase: ParticipantPhase;
  token: string | null;
  you: ParticipantSelf | null;
  session: SessionState | null;
  map: ParticipantMap | null;
  lastSeq: number;
  /** The event stream dropped; the browser is reconnecting. */
  reconnecting: boolean;
  busy: boolean;
  error: string | null;

  join(
    via: { kind: 'link'; secret: string } | { kind: 'code'; code: string },
    displayName: string,
  ): Promise<void>;
  /** Picks up a token kept from before a reload of this tab. */
  restore(): Promise<void>;
  addCard(card: NewCard): Promise<boolean>;
  editCard(cardId: string, title: string): Promise<boolean>;
  deleteCard(cardId: string): Promise<void>;
  castVote(cardId: string): Promise<void>;
  withdrawVote(cardId: string): Promise<void>;
  receive(event: SessionEvent): void;
  resync(): Promise<void>;
  clearError(): void;
}

// A reload of the tab keeps the participant in: the token lives in this tab's session storage only.
const TOKEN_KEY = 'journey-workshop-token';
let source: EventSource | null = null;

function keepToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Not kept: a reload asks for the name again.
  }
}

function keptToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** Whether an error means this participant's token is no longer good (ended, removed, unknown). */
function isRevoked(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.reason === 'session_token_refused' || error.reason === 'session_not_running')
  );
}

export const useParticipant = create<ParticipantState>()((set, get) => {
  const call = <K extends Parameters<typeof callParticipant>[0]>(
    name: K,
    input: Parameters<typeof callParticipant<K>>[1],
  ) => callParticipant(name, input, get().token);

  const showView = (view: ParticipantSessionView) => {
    const session = get().session;
    // An answer can be older than events applied meanwhile; keep the newer state.
    set({ you: view.you, session: session && session.seq > view.state.seq ? session : view.state });
  };

  const listen = (token: string) => {
    source?.close();
    const events = new EventSource(participantEventsUrl(token));
    source = events;
    events.onopen = () => set({ reconnecting: false });
    events.onmessage = (message: MessageEvent<string>) => {
      try {
        const parsed = SessionEventSchema.safeParse(JSON.parse(message.data));
        if (parsed.success) get().receive(parsed.data);
      } catch {
        // A malformed message is never applied.
      }
    };
    events.addEventListener(SSE_RESYNC_EVENT, () => void get().resync());
    events.onerror = () => {
      if (get().phase !== 'live') return;
      set({ reconnecting: true });
      // The browser retries by itself unless the server refused the stream for good.
      if (events.readyState === EventSource.CLOSED) void get().resync();
    };
  };

  const stop = (phase: ParticipantPhase) => {
    source?.close();
    source = null;
    keepToken(null);
    set({ phase, reconnecting: false, busy: false });
  };

  /** Runs a participant action; its error is shown, a revoked token ends the page's session. */
  const attempt = async <T>(run: () => Promise<T>): Promise<T | null> => {
    set({ busy: true, error: null });
    try {
      return await run();
    } catch (error) {
      // A refused token: find out whether the session ended or this participant was removed.
      if (isRevoked(error)) await get().resync();
      set({ error: errorMessage(error) });
      return null;
    } finally {
      set({ busy: false });
    }
  };

  const enter = async (token: string) => {
    const [view, map] = await Promise.all([
      callParticipant('state', {}, token),
      callParticipant('map', {}, token),
    ]);
    set({ token, phase: 'live', you: view.you, session: view.state, map, lastSeq: map.seq });
    keepToken(token);
    listen(token);
  };

  return {
    phase: 'join',
    token: null,
    you: null,
    session: null,
    map: null,
    lastSeq: 0,
    reconnecting: false,
    busy: false,
    error: null,

    async join(via, displayName) {
      set({ busy: true, error: null });
      try {
        const joined = await callParticipant('join', { via, displayName }, null);
        await enter(joined.token);
      } catch (error) {
        set({ error: errorMessage(error) });
      } finally {
        set({ busy: false });
      }
    },

    async restore() {
      const token = keptToken();
      if (!token) return;
      try {
        await enter(token);
      } catch {
        keepToken(null);
      }
    },

    async addCard(card) {
      const cardId = crypto.randomUUID();
      const added = await attempt(() => call('addCard', { ...card, cardId, text: '' }));
      if (!added) return false;
      const map = get().map;
      const you = get().you;
      if (map && you) {
        // Shown at once; the event that follows finds it in place.
        const next = applyCardEvent(map, {
          type: 'card.added',
          sessionId: get().session?.sessionId ?? '',
          seq: added.seq,
          at: new Date().toISOString(),
          card: added.card,
          author: { participantId: you.participantId, displayName: you.displayName },
          by: { kind: 'participant', participantId: you.participantId, displayName: you.displayName },
        });
        set({
          map: {
            ...next,
            authors: {
              ...next.authors,
              [added.card.id]: { participantId: you.participantId, displayName: you.displayName },
            },
          },
        });
      }
      return true;
    },

    async editCard(cardId, title) {
      const edited = await attempt(() => call('editCard', { cardId, title }));
      if (!edited) return false;
      const map = get().map;
      if (map) set({ map: { ...map, cards: map.cards.map((c) => (c.id === cardId ? edited.card : c)) } });
      return true;
    },

    async deleteCard(cardId) {
      const deleted = await attempt(() => call('deleteCard', { cardId }));
      const map = get().map;
      if (deleted && map) set({ map: { ...map, cards: map.cards.filter((c) => c.id !== cardId) } });
    },

    async castVote(cardId) {
      const view = await attempt(() => call('castVote', { cardId }));
      if (view) showView(view);
    },

    async withdrawVote(cardId) {
      const view = await attempt(() => call('withdrawVote', { cardId }));
      if (view) showView(view);
    },

    receive(event) {
      if (get().phase !== 'live') return;
      if (!admitEvent(get().lastSeq, event.seq, () => void get().resync())) return;
      set({ lastSeq: event.seq });
      const { map, session, you } = get();
      switch (event.type) {
        case 'card.added':
        case 'card.changed':
        case 'card.deleted': {
          if (!map) return;
          // One's own card deleted by the facilitator (perhaps while being edited): say so.
          if (
            event.type === 'card.deleted' &&
            event.by.kind === 'facilitator' &&
            you !== null &&
            map.authors[event.cardId]?.participantId === you.participantId
          ) {
            set({
              error: errorMessage(new ApiError('not_found', 'card gone', { reason: 'session_card_gone' })),
            });
          }
          const next = applyCardEvent(map, event);
          if (event.type === 'card.added' && event.author)
            set({ map: { ...next, authors: { ...next.authors, [event.card.id]: event.author } } });
          else set({ map: next });
          return;
        }
        case 'map.changed':
          void call('map', {}).then(
            (fresh) => set({ map: fresh }),
            () => {},
          );
          return;
        case 'participant.removed':
          if (event.participantId === you?.participantId) stop('removed');
          return;
        case 'vote.changed': {
          if (!session) return;
          set({ session: { ...session, vote: event.vote, seq: event.seq } });
          // A new or cleared vote gives everyone a fresh budget: read one's own dots again.
          if (event.vote?.id !== session.vote?.id || event.vote?.phase !== session.vote?.phase)
            void call('state', {}).then(showView, () => {});
          return;
        }
        case 'session.changed':
          set({ session: event.state });
          return;
        case 'session.ended':
          stop('ended');
          return;
        case 'participant.joined':
        case 'participant.left':
          return;
      }
    },

    async resync() {
      const token = get().token;
      if (!token || get().phase !== 'live') return;
      try {
        const [view, map] = await Promise.all([call('state', {}), call('map', {})]);
        set({ you: view.you, session: view.state, map, lastSeq: map.seq, reconnecting: false });
        if (view.state.endedAt) stop('ended');
      } catch (error) {
        if (isRevoked(error)) stop(get().session?.endedAt ? 'ended' : 'gone');
        else set({ reconnecting: true });
      }
    },

    clearError() {
      set({ error: null });
    },
  };
});
