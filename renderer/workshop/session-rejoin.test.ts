import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionInfo } from '../../shared/api/operations/workshop';
import { testSessionInfo } from './test-session-info';

// A reloaded facilitator page takes up the session still running on its map, and listens again.
const running = new Map<string, SessionInfo>();
/** When set, `workshop.current` waits until the test calls `release`. */
let hold = false;
let release: () => void = () => {};
vi.mock('../api', () => ({
  api: {
    call: async (name: string, input: { mapId: string }) => {
      if (name !== 'workshop.current') return new Promise(() => {});
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      return running.get(input.mapId) ?? null;
    },
  },
  errorMessage: (error: unknown) => String(error),
}));
const subscribe = vi.fn((_sessionId: string, _after: number) => () => {});
vi.mock('./session-events', () => ({
  subscribeSessionEvents: (sessionId: string, after: number) => subscribe(sessionId, after),
}));

const { useWorkshopSession } = await import('./session-store');

const info = (mapId: string, seq: number) => testSessionInfo(mapId, seq, { sessionId: `s-${mapId}` });

beforeEach(() => {
  running.clear();
  hold = false;
  subscribe.mockClear();
  useWorkshopSession.getState().reset();
});

describe('a reloaded facilitator page', () => {
  it('takes up the session running on its map and listens to it from where it is', async () => {
    running.set('m1', info('m1', 7));
    await useWorkshopSession.getState().rejoin('m1');
    expect(useWorkshopSession.getState()).toMatchObject({
      info: { state: { sessionId: 's-m1' } },
      lastSeq: 7,
      panelOpen: false,
    });
    expect(subscribe).toHaveBeenCalledWith('s-m1', 7);
  });

  it('does nothing on a map without a session', async () => {
    await useWorkshopSession.getState().rejoin('m1');
    expect(useWorkshopSession.getState().info).toBeNull();
    expect(subscribe).not.toHaveBeenCalled();
  });

  it('drops an answer that comes after the map was left', async () => {
    running.set('m1', info('m1', 3));
    hold = true;
    const pending = useWorkshopSession.getState().rejoin('m1');
    useWorkshopSession.getState().reset();
    release();
    await pending;
    expect(useWorkshopSession.getState().info).toBeNull();
    expect(subscribe).not.toHaveBeenCalled();
  });
});
