import {
  CardSchema,
  newId,
  nowIso,
  type Card,
  type CardPatchField,
  type JourneyMap,
} from '../../../shared/domain';
import type { Handlers } from '../../../shared/api';
import {
  castRefusal,
  PARTICIPANT_LIMITS,
  dotsOf,
  splitParticipantToken,
  withdrawRefusal,
  withDot,
  type ChangeAuthor,
  type ParticipantOutput,
  type ParticipantParsedInput,
  type ParticipantSelf,
} from '../../../shared/workshop';
import type { Db } from '../db/open-database';
import { countCardsInCell, getCard } from '../repositories/card-repository';
import { readMap } from '../services/map-reader';
import {
  infoOf,
  participantView,
  stateOf,
  voteStateOf,
  type ActiveSession,
  type EventHub,
  type LiveParticipant,
} from './active-session';
import { newSecret, sameSecret } from './secrets';
import {
  insertCardOwner,
  insertParticipant,
  isCardInVote,
  markParticipantRemoved,
  writeBallot,
} from './session-repository';
import { notRunning, rateLimited, tokenRefused, workshopError } from './workshop-errors';

export interface ParticipantContext {
  db: Db;
  hub: EventHub;
  /** The one write path of incremental edits (maps.applyChanges, unwrapped: no facilitator events). */
  applyChanges: Handlers['maps.applyChanges'];
  session: () => ActiveSession | null;
  nowMs: () => number;
}

/** The participant a token belongs to, if it is valid now (constant-time comparison of the secret). */
export function authenticate(session: ActiveSession, token: unknown): LiveParticipant | null {
  const parts = splitParticipantToken(token);
  if (!parts) return null;
  const participant = session.participants.get(parts.participantId);
  // Compare even for an unknown id, so a wrong id costs the same time as a wrong secret.
  const ok = sameSecret(parts.secret, participant?.secret ?? 'x'.repeat(43));
  return ok && participant && !participant.removed ? participant : null;
}

const authorOf = (p: LiveParticipant): ChangeAuthor => ({
  kind: 'participant',
  participantId: p.id,
  displayName: p.displayName,
});

function selfOf(session: ActiveSession, p: LiveParticipant): ParticipantSelf {
  const vote = session.vote;
  const mine = vote ? vote.ballots.filter((b) => b.participantId === p.id) : [];
  return {
    participantId: p.id,
    displayName: p.displayName,
    dotsLeft:
      vote && vote.phase === 'open' ? Math.max(0, vote.settings.dotsPerPerson - dotsOf(mine, p.id)) : 0,
    myVotes: mine.map((b) => ({ cardId: b.cardId, dots: b.dots })),
  };
}

/**
 * The participant operations behind the listener's allow-list. Every one but `join` is called with
 * the participant its token proved; each acts only on the session's own map.
 */
export function createParticipantActions(ctx: ParticipantContext) {
  const running = (): ActiveSession => {
    const session = ctx.session();
    if (!session) throw notRunning();
    return session;
  };
  const mapOf = (session: ActiveSession): JourneyMap => {
    const map = readMap(ctx.db, session.mapId);
    if (!map) throw notRunning();
    return map;
  };
  const ensureUnlocked = (session: ActiveSession) => {
    if (session.locked)
      throw workshopError('forbidden', 'session_locked', 'The facilitator has locked contributions for now.');
  };
  const ownCard = (session: ActiveSession, p: LiveParticipant, cardId: string): Card => {
    const card = getCard(ctx.db, session.mapId, cardId);
    if (!card)
      throw workshopError('not_found', 'session_card_gone', 'This card was deleted by the facilitator.');
    if (session.ownerOf.get(cardId) !== p.id)
      throw workshopError(
        'forbidden',
        'session_not_your_card',
        'You can only change or delete your own cards.',
      );
    return card;
  };
  /** Writes through maps.applyChanges and the ownership row in one transaction. */
  const write = (
    session: ActiveSession,
    change: Parameters<Handlers['maps.applyChanges']>[0],
    owner?: [string, string],
  ) =>
    ctx.db.transaction(() => {
      void ctx.applyChanges(change);
      if (owner) insertCardOwner(ctx.db, owner[0], session.id, owner[1]);
    })();

  /** Reads the card back as stored (what everyone must see) and tells every client about it. */
  const announce = (
    session: ActiveSession,
    p: LiveParticipant,
    type: 'card.added' | 'card.changed',
    sent: Card,
    fields?: CardPatchField[],
  ) => {
    const card = getCard(ctx.db, session.mapId, sent.id) ?? sent;
    const author = { participantId: p.id, displayName: p.displayName };
    const event = ctx.hub.emit(
      session,
      type === 'card.changed' && fields
        ? { type, card, author, by: authorOf(p), fields }
        : { type, card, author, by: authorOf(p) },
    );
    return { card, seq: event.seq };
  };

  return {
    join(input: ParticipantParsedInput<'join'>, client: string): ParticipantOutput<'join'> {
      const session = running();
      const now = ctx.nowMs();
      if (!session.joinLimit.take(client, now))
        throw rateLimited(Math.ceil(session.joinLimit.retryAfterMs(client, now) / 1000));
      if (input.via.kind === 'link') {
        if (!sameSecret(input.via.secret, session.secret))
          throw workshopError('forbidden', 'session_join_refused', 'This join link is not valid (any more).');
      } else {
        const coolDown = (check: { retryAfterSeconds: number }) =>
          workshopError('forbidden', 'session_code_cooldown', 'Too many wrong codes.', {
            seconds: check.retryAfterSeconds,
          });
        const check = session.codeGuard.check(client, now);
        if (!check.ok) throw coolDown(check);
        if (!sameSecret(input.via.code, session.code)) {
          // The wrong try that starts the cool-down says so, rather than only the next one.
          const after = session.codeGuard.recordWrong(client, now);
          if (!after.ok) throw coolDown(after);
          throw workshopError('forbidden', 'session_code_wrong', 'This join code is wrong.');
        }
      }
      const present = [...session.participants.values()].filter((q) => !q.removed).length;
      if (present >= PARTICIPANT_LIMITS.participantsPerSession) throw rateLimited(60);
      const participant: LiveParticipant = {
        id: newId(),
        displayName: input.displayName,
        joinedAt: nowIso(),
        secret: newSecret(),
        removed: false,
        streams: 0,
        lastSeenMs: now,
      };
      insertParticipant(ctx.db, { ...participant, sessionId: session.id });
      session.participants.set(participant.id, participant);
      const view = participantView(session, participant, null);
      ctx.hub.emit(session, { type: 'participant.joined', participant: view });
      return {
        token: `${participant.id}.${participant.secret}`,
        participant: view,
        state: stateOf(session),
        you: selfOf(session, participant),
      };
    },

    state(p: LiveParticipant): ParticipantOutput<'state'> {
      const session = running();
      return { state: stateOf(session), you: selfOf(session, p) };
    },

    map(): ParticipantOutput<'map'> {
      const session = running();
      const seq = session.log.latestSeq;
      const map = mapOf(session);
      const authors: ParticipantOutput<'map'>['authors'] = {};
      for (const card of map.cards) {
        const owner = session.ownerOf.get(card.id);
        const p = owner ? session.participants.get(owner) : undefined;
        if (p) authors[card.id] = { participantId: p.id, displayName: p.displayName };
      }
      return {
        mapId: map.id,
        name: map.name,
        stages: map.stages.map((s) => ({ id: s.id, name: s.name })),
        lanes: map.lanes.map((l) => ({ id: l.id, name: l.name, kind: l.kind })),
        cards: map.cards,
        authors,
        seq,
      };
    },

    addCard(p: LiveParticipant, input: ParticipantParsedInput<'addCard'>): ParticipantOutput<'addCard'> {
      const session = running();
      ensureUnlocked(session);
      if (input.cardId !== undefined) {
        const existing = getCard(ctx.db, session.mapId, input.cardId);
        // A retry of an add that already landed: answer it again instead of adding a second card.
        if (existing && session.ownerOf.get(input.cardId) === p.id)
          return { card: existing, seq: session.log.latestSeq };
      }
      if (!session.allowedKinds.includes(input.kind))
        throw workshopError(
          'forbidden',
          'session_kind_not_allowed',
          'Cards of this kind cannot be added in this session.',
        );
      const now = ctx.nowMs();
      if (!session.cardLimit.take(p.id, now))
        throw rateLimited(Math.ceil(session.cardLimit.retryAfterMs(p.id, now) / 1000));
      const card = CardSchema.parse({
        id: input.cardId ?? newId(),
        kind: input.kind,
        title: input.title,
        text: input.text,
        stageId: input.stageId,
        laneId: input.laneId,
        order: countCardsInCell(ctx.db, session.mapId, input.stageId, input.laneId),
        author: p.displayName,
      });
      write(session, { id: session.mapId, changes: { upsert: { cards: [card] } } }, [card.id, p.id]);
      session.ownerOf.set(card.id, p.id);
      return announce(session, p, 'card.added', card);
    },

    editCard(p: LiveParticipant, input: ParticipantParsedInput<'editCard'>): ParticipantOutput<'editCard'> {
      const session = running();
      ensureUnlocked(session);
      const card = ownCard(session, p, input.cardId);
      const stageId = input.stageId ?? card.stageId;
      const laneId = input.laneId ?? card.laneId;
      const moved = stageId !== card.stageId || laneId !== card.laneId;
      const next: Card = {
        ...card,
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.text !== undefined ? { text: input.text } : {}),
        stageId,
        laneId,
        order:
          moved && stageId && laneId ? countCardsInCell(ctx.db, session.mapId, stageId, laneId) : card.order,
      };
      // Only the fields this edit changed are written and announced: a field the facilitator
      // changed meanwhile keeps the facilitator's value (issue 12, per-field last write wins).
      const fields: CardPatchField[] = [
        ...(input.title !== undefined ? (['title'] as const) : []),
        ...(input.text !== undefined ? (['text'] as const) : []),
        ...(moved ? (['stageId', 'laneId', 'order'] as const) : []),
      ];
      const named = fields.length > 0 ? fields : undefined;
      write(session, {
        id: session.mapId,
        changes: { upsert: { cards: [next], ...(named ? { cardFields: { [card.id]: named } } : {}) } },
      });
      return announce(session, p, 'card.changed', next, named);
    },

    deleteCard(
      p: LiveParticipant,
      input: ParticipantParsedInput<'deleteCard'>,
    ): ParticipantOutput<'deleteCard'> {
      const session = running();
      ensureUnlocked(session);
      ownCard(session, p, input.cardId);
      write(session, { id: session.mapId, changes: { remove: { cardIds: [input.cardId] } } });
      session.ownerOf.delete(input.cardId);
      const event = ctx.hub.emit(session, { type: 'card.deleted', cardId: input.cardId, by: authorOf(p) });
      return { cardId: input.cardId, seq: event.seq };
    },

    castVote(p: LiveParticipant, input: ParticipantParsedInput<'castVote'>): ParticipantOutput<'castVote'> {
      return vote(p, input.cardId, 1);
    },

    withdrawVote(
      p: LiveParticipant,
      input: ParticipantParsedInput<'withdrawVote'>,
    ): ParticipantOutput<'withdrawVote'> {
      return vote(p, input.cardId, -1);
    },

    events(input: ParticipantParsedInput<'events'>): ParticipantOutput<'events'> {
      return running().log.since(input.after);
    },

    leave(p: LiveParticipant): ParticipantOutput<'leave'> {
      const session = running();
      p.removed = true;
      markParticipantRemoved(ctx.db, p.id, nowIso());
      ctx.hub.emit(session, { type: 'participant.left', participant: participantView(session, p, null) });
      return { left: true };
    },

    /** The facilitator's view after a participant change (for tests and the panel). */
    info: () => {
      const session = running();
      return infoOf(session, mapOf(session).cards);
    },
  };

  function vote(p: LiveParticipant, cardId: string, delta: 1 | -1) {
    const session = running();
    const current = session.vote;
    if (!current) throw workshopError('forbidden', 'vote_not_open', 'Voting is not open.');
    if (delta === 1) {
      const eligible = isCardInVote(ctx.db, session.mapId, cardId, current.settings.scope);
      const refusal = castRefusal(current, current.ballots, p.id, cardId, new Set(eligible ? [cardId] : []));
      if (refusal) throw workshopError('forbidden', refusal, `The dot was refused: ${refusal}.`);
    } else {
      const refusal = withdrawRefusal(current, current.ballots, p.id, cardId);
      if (refusal) throw workshopError('forbidden', refusal, `The dot could not be taken back: ${refusal}.`);
    }
    const ballots = withDot(current.ballots, p.id, cardId, delta);
    const dots = ballots.find((b) => b.participantId === p.id && b.cardId === cardId)?.dots ?? 0;
    writeBallot(ctx.db, session.id, current.id, { participantId: p.id, cardId, dots });
    current.ballots = ballots;
    ctx.hub.emit(session, { type: 'vote.changed', vote: voteStateOf(current) });
    return { state: stateOf(session), you: selfOf(session, p) };
  }
}

export type ParticipantActions = ReturnType<typeof createParticipantActions>;

/** Ensures a participant id is the token's (for the listener's streams). */
export function requireParticipant(session: ActiveSession | null, token: unknown): LiveParticipant {
  if (!session) throw notRunning();
  const p = authenticate(session, token);
  if (!p) throw tokenRefused();
  return p;
}
