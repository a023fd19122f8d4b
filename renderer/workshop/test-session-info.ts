import type { SessionInfo } from '../../shared/api/operations/workshop';

/** A running session on `mapId` as `workshop.current` answers it, for the session store's tests. */
export function testSessionInfo(
  mapId: string,
  seq: number,
  extra: { sessionId?: string; startedAt?: string; participants?: SessionInfo['participants'] } = {},
): SessionInfo {
  return {
    state: {
      sessionId: extra.sessionId ?? 's1',
      mapId,
      name: 'Workshop',
      startedAt: extra.startedAt ?? '2026-12-01T10:00:00.000Z',
      endedAt: null,
      locked: false,
      allowedKinds: ['note'],
      vote: null,
      presentation: { followMe: false, step: null },
      timer: { status: 'stopped' },
      seq,
    },
    joinUrl: 'http://127.0.0.1:1/join/x',
    joinCode: 'ABCDEF',
    homeUrl: 'http://127.0.0.1:1/',
    address: '127.0.0.1',
    port: 1,
    participants: extra.participants ?? [],
  };
}
