import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeMap } from '../../shared/document/test-map';
import { PARTICIPANT_PATHS, type ParticipantOutput } from '../../shared/workshop';
import { seedMap } from '../helpers/seed-map';
import { useTempLibrary } from '../helpers/temp-library';
import { openEventStream, participantCall, participantValue } from '../helpers/participant-client';

// The session service on a real library, its listener over real HTTP on 127.0.0.1 only.
const lib = useTempLibrary('jme-workshop-');

async function startSession(options: { laneKinds?: ('touchpoints' | 'painPoints' | 'notes')[] } = {}) {
  const map = makeMap({
    stages: 2,
    lanes: 2,
    cardsPerCell: 1,
    idPrefix: 'ws',
    laneKinds: options.laneKinds ?? ['touchpoints', 'painPoints'],
  });
  const mapId = await seedMap(lib.h(), map);
  const info = await lib.call('workshop.start', {
    mapId,
    bindAddress: '127.0.0.1',
    name: 'Kick-off workshop',
  });
  const stored = await lib.call('maps.get', { id: mapId });
  return { mapId, info, base: info.homeUrl, stages: stored.stages, lanes: stored.lanes, cards: stored.cards };
}

async function join(
  base: string,
  secretOrUrl: string,
  displayName: string,
): Promise<ParticipantOutput<'join'>> {
  const secret = secretOrUrl.split('/join/')[1] ?? secretOrUrl;
  return participantValue(base, 'join', { via: { kind: 'link', secret }, displayName });
}

afterEach(() => {
  lib.library().workshop.endNow();
});

describe('workshop session service', () => {
  it('starts on 127.0.0.1 with a 256-bit link secret and a short code, and lists the machine interfaces', async () => {
    const { info } = await startSession();
    expect(info.address).toBe('127.0.0.1');
    expect(info.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\/[A-Za-z0-9_-]{43}$/);
    expect(info.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    const interfaces = await lib.call('workshop.interfaces', {});
    expect(interfaces.interfaces.some((i) => i.address === '127.0.0.1')).toBe(true);
    expect(await lib.call('app.capabilities', {})).toMatchObject({ workshopSession: true });
  });

  it('joins by link and by code; a participant card is an ordinary card with its author, seen by the facilitator', async () => {
    const { info, base, mapId, stages, lanes } = await startSession();
    const facilitator = lib.library().workshop;
    const seen: string[] = [];
    const unsubscribe = facilitator.subscribe((e) => seen.push(e.type));
    const ana = await join(base, info.joinUrl, 'Ana');
    const ben = await participantValue(base, 'join', {
      via: { kind: 'code', code: info.joinCode.toLowerCase() },
      displayName: 'Ben',
    });
    expect(ana.token).not.toBe(ben.token);

    const added = await participantValue(
      base,
      'addCard',
      { kind: 'painPoint', title: 'Checkout is slow', stageId: stages[0]!.id, laneId: lanes[1]!.id },
      ana.token,
    );
    const stored = await lib.call('maps.get', { id: mapId });
    const card = stored.cards.find((c) => c.id === added.card.id);
    expect(card).toMatchObject({ title: 'Checkout is slow', kind: 'painPoint', author: 'Ana' });
    expect(seen).toEqual(['participant.joined', 'participant.joined', 'card.added']);
    const current = await lib.call('workshop.current', { mapId });
    expect(current?.participants.map((p) => [p.displayName, p.cardCount])).toEqual([
      ['Ana', 1],
      ['Ben', 0],
    ]);
    unsubscribe();
  });

  it('lets participants edit and delete only their own cards, and says so when the facilitator deleted one', async () => {
    const { info, base, mapId, stages, lanes } = await startSession();
    const ana = await join(base, info.joinUrl, 'Ana');
    const ben = await join(base, info.joinUrl, 'Ben');
    const { card } = await participantValue(
      base,
      'addCard',
      { kind: 'note', title: 'Idea', stageId: stages[0]!.id, laneId: lanes[0]!.id },
      ana.token,
    );
    const foreign = await participantCall(
      base,
      'editCard',
      { cardId: card.id, title: 'Mine now' },
      ben.token,
    );
    expect(foreign.result).toMatchObject({ ok: false, error: { reason: 'session_not_your_card' } });
    const own = await participantValue(
      base,
      'editCard',
      { cardId: card.id, title: 'Better idea' },
      ana.token,
    );
    expect(own.card.title).toBe('Better idea');

    await lib.call('maps.applyChanges', { id: mapId, changes: { remove: { cardIds: [card.id] } } });
    const gone = await participantCall(base, 'editCard', { cardId: card.id, title: 'Again' }, ana.token);
    expect(gone.result).toMatchObject({
      ok: false,
      error: { code: 'not_found', reason: 'session_card_gone' },
    });
  });

  it('refuses cards while locked and of kinds not allowed', async () => {
    const { info, base, stages, lanes } = await startSession();
    const ana = await join(base, info.joinUrl, 'Ana');
    const cell = { stageId: stages[0]!.id, laneId: lanes[0]!.id };
    await lib.call('workshop.setLocked', { sessionId: info.state.sessionId, locked: true });
    const locked = await participantCall(base, 'addCard', { kind: 'note', title: 'x', ...cell }, ana.token);
    expect(locked.result).toMatchObject({ ok: false, error: { reason: 'session_locked' } });
    await lib.call('workshop.setLocked', { sessionId: info.state.sessionId, locked: false });
    await lib.call('workshop.setAllowedKinds', { sessionId: info.state.sessionId, kinds: ['painPoint'] });
    const kind = await participantCall(base, 'addCard', { kind: 'note', title: 'x', ...cell }, ana.token);
    expect(kind.result).toMatchObject({ ok: false, error: { reason: 'session_kind_not_allowed' } });
    const ok = await participantCall(base, 'addCard', { kind: 'painPoint', title: 'x', ...cell }, ana.token);
    expect(ok.result.ok).toBe(true);
  });

  it('keeps the dot budget and the per-card limit, hides counts until revealed, and ranks the result', async () => {
    const { info, base, cards, lanes } = await startSession();
    const sessionId = info.state.sessionId;
    const painLane = lanes.find((l) => l.kind === 'painPoints')!;
    const pain = cards.filter((c) => c.laneId === painLane.id);
    const touch = cards.find((c) => c.laneId !== painLane.id)!;
    const ana = await join(base, info.joinUrl, 'Ana');
    const ben = await join(base, info.joinUrl, 'Ben');
    await lib.call('workshop.startVote', {
      sessionId,
      settings: {
        scope: { kind: 'laneKind', laneKind: 'painPoints' },
        dotsPerPerson: 3,
        maxPerCard: 2,
        anonymous: false,
      },
    });
    const cast = (token: string, cardId: string) => participantCall(base, 'castVote', { cardId }, token);
    expect((await cast(ana.token, touch.id)).result).toMatchObject({
      error: { reason: 'vote_card_not_eligible' },
    });
    expect((await cast(ana.token, pain[0]!.id)).result.ok).toBe(true);
    expect((await cast(ana.token, pain[0]!.id)).result.ok).toBe(true);
    expect((await cast(ana.token, pain[0]!.id)).result).toMatchObject({
      error: { reason: 'vote_card_limit' },
    });
    const third = await cast(ana.token, pain[1]!.id);
    expect(third.result).toMatchObject({ ok: true, value: { you: { dotsLeft: 0 } } });
    expect((await cast(ana.token, pain[1]!.id)).result).toMatchObject({
      error: { reason: 'vote_no_dots_left' },
    });
    expect((await participantCall(base, 'withdrawVote', { cardId: pain[1]!.id }, ana.token)).result.ok).toBe(
      true,
    );
    expect((await cast(ben.token, pain[1]!.id)).result.ok).toBe(true);

    const before = await participantValue(base, 'state', {}, ben.token);
    expect(before.state.vote).toMatchObject({ phase: 'open', dotsCast: 3, results: null });

    const revealed = await lib.call('workshop.revealVote', { sessionId });
    expect(revealed.state.vote?.results).toEqual([
      {
        cardId: pain[0]!.id,
        title: pain[0]!.title,
        dots: 2,
        rank: 1,
        voters: [{ displayName: 'Ana', dots: 2 }],
      },
      {
        cardId: pain[1]!.id,
        title: pain[1]!.title,
        dots: 1,
        rank: 2,
        voters: [{ displayName: 'Ben', dots: 1 }],
      },
    ]);
    expect((await cast(ben.token, pain[0]!.id)).result).toMatchObject({ error: { reason: 'vote_not_open' } });
    const ended = await lib.call('workshop.end', { sessionId });
    expect(ended.voteResults).toHaveLength(1);
    expect(ended.participantCount).toBe(2);
  });

  it('ends: revokes every token at once, closes the listener, records the session and saves a version named after it', async () => {
    const { info, base, mapId, stages, lanes } = await startSession();
    const ana = await join(base, info.joinUrl, 'Ana');
    const stream = await openEventStream(base, `${PARTICIPANT_PATHS.events}?token=${ana.token}`);
    await participantValue(
      base,
      'addCard',
      { kind: 'note', title: 'Kept', stageId: stages[0]!.id, laneId: lanes[0]!.id },
      ana.token,
    );
    const record = await lib.call('workshop.end', { sessionId: info.state.sessionId });
    await stream.waitFor((e) => e.type === 'session.ended');
    await stream.closed;
    await expect(participantCall(base, 'state', {}, ana.token)).rejects.toThrow();
    expect(record).toMatchObject({ name: 'Kick-off workshop', participantCount: 1 });
    expect(record.endedAt).not.toBeNull();
    const versions = await lib.call('versions.list', { mapId });
    expect(versions.map((v) => v.name)).toContain('Kick-off workshop');
    const version = await lib.call('versions.get', { id: record.versionId! });
    expect(version.snapshot.map.cards.some((c) => c.title === 'Kept' && c.author === 'Ana')).toBe(true);
    expect(await lib.call('workshop.history', { mapId })).toEqual([record]);
    expect(await lib.call('workshop.current', {})).toBeNull();
  });

  it('closes a vote by itself when its time limit runs out, and runs the workshop timer', async () => {
    const { info } = await startSession();
    const sessionId = info.state.sessionId;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const started = await lib.call('workshop.startVote', { sessionId, settings: { durationSeconds: 30 } });
      expect(started.state.vote).toMatchObject({
        phase: 'open',
        dotsPerPerson: 3,
        maxPerCard: 1,
        anonymous: true,
      });
      expect(Date.parse(started.state.vote!.endsAt!) - Date.parse(started.state.vote!.startedAt)).toBe(
        30_000,
      );
      vi.advanceTimersByTime(30_000);
      const after = await lib.call('workshop.current', {});
      expect(after?.state.vote?.phase).toBe('closed');
    } finally {
      vi.useRealTimers();
    }
    const running = await lib.call('workshop.setTimer', {
      sessionId,
      timer: { action: 'start', durationSeconds: 300 },
    });
    expect(running.state.timer).toMatchObject({ status: 'running', durationSeconds: 300 });
    const paused = await lib.call('workshop.setTimer', { sessionId, timer: { action: 'pause' } });
    expect(paused.state.timer).toMatchObject({ status: 'paused', durationSeconds: 300 });
    expect((paused.state.timer as { remainingSeconds: number }).remainingSeconds).toBeGreaterThan(295);
    const reset = await lib.call('workshop.setTimer', { sessionId, timer: { action: 'reset' } });
    expect(reset.state.timer).toEqual({ status: 'stopped' });
  });

  it('refuses a second session while one runs, and an address that is not this machine', async () => {
    const { mapId } = await startSession();
    await expect(lib.call('workshop.start', { mapId, bindAddress: '127.0.0.1' })).rejects.toMatchObject({
      code: 'conflict',
      reason: 'session_running',
    });
    lib.library().workshop.endNow();
    await expect(lib.call('workshop.start', { mapId, bindAddress: '127.0.0.9' })).rejects.toMatchObject({
      reason: 'session_address_unknown',
    });
  });

  it('ends the session when its map is deleted', async () => {
    const { info, base, mapId } = await startSession();
    const ana = await join(base, info.joinUrl, 'Ana');
    await lib.call('maps.delete', { id: mapId });
    expect(await lib.call('workshop.current', {})).toBeNull();
    await expect(participantCall(base, 'state', {}, ana.token)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('removing a participant revokes that token only', async () => {
    const { info, base } = await startSession();
    const ana = await join(base, info.joinUrl, 'Ana');
    const ben = await join(base, info.joinUrl, 'Ben');
    await lib.call('workshop.removeParticipant', {
      sessionId: info.state.sessionId,
      participantId: ana.participant.id,
    });
    expect((await participantCall(base, 'state', {}, ana.token)).status).toBe(401);
    expect((await participantCall(base, 'state', {}, ben.token)).status).toBe(200);
  });

  it('sends the facilitator edits to participants and replays missed events after Last-Event-ID', async () => {
    const { info, base, mapId, cards } = await startSession();
    const ana = await join(base, info.joinUrl, 'Ana');
    const first = await openEventStream(base, `${PARTICIPANT_PATHS.events}?token=${ana.token}`);
    const card = cards[0]!;
    await lib.call('maps.applyChanges', {
      id: mapId,
      changes: { upsert: { cards: [{ ...card, title: 'Renamed' }] } },
    });
    const changed = await first.waitFor((e) => e.type === 'card.changed');
    expect(changed).toMatchObject({ card: { id: card.id, title: 'Renamed' }, by: { kind: 'facilitator' } });
    first.close();
    await lib.call('workshop.setPresentation', { sessionId: info.state.sessionId, followMe: true, step: 2 });
    const again = await openEventStream(base, `${PARTICIPANT_PATHS.events}?token=${ana.token}`, {
      'last-event-id': String(changed.seq),
    });
    const missed = await again.waitFor((e) => e.type === 'session.changed');
    expect(missed.seq).toBe(changed.seq + 1);
    expect(missed).toMatchObject({ state: { presentation: { followMe: true, step: 2 } } });
    again.close();
  });
});
