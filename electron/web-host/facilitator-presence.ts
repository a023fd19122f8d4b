/** How long a session waits for its facilitator page to come back (a reload, a network hiccup). */
export const DEFAULT_FACILITATOR_GRACE_MS = 20_000;

export interface FacilitatorPresenceOptions {
  graceMs: number;
  /** Whether `sessionId` still runs (an ended session is never ended twice). */
  isRunning(sessionId: string): boolean;
  /** Ends the session the way "End session" does. */
  end(sessionId: string): Promise<unknown>;
}

export interface FacilitatorPresence {
  /** A facilitator event stream of `sessionId` opened; answers the function to call when it closes. */
  opened(sessionId: string): () => void;
  /** Forgets every pending end and starts no more (the host is closing and ends the session itself). */
  dispose(): void;
}

/**
 * On the web host the facilitator's app is a browser tab, and its only lasting tie to the host is
 * the workshop event stream. When the last stream of a session closes and none reopens within the
 * grace period, the tab is gone: the session ends, as the desktop ends it when its window closes.
 * A session whose stream never opened (the desktop's, over IPC) is never touched.
 */
export function createFacilitatorPresence(options: FacilitatorPresenceOptions): FacilitatorPresence {
  const open = new Map<string, number>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let disposed = false;

  const cancel = (sessionId: string) => {
    const timer = pending.get(sessionId);
    if (timer !== undefined) clearTimeout(timer);
    pending.delete(sessionId);
  };

  const lastClosed = (sessionId: string) => {
    // Closing the host drops every stream after dispose(); the library closing ends the session.
    if (disposed || !options.isRunning(sessionId)) return;
    const timer = setTimeout(() => {
      pending.delete(sessionId);
      if ((open.get(sessionId) ?? 0) > 0 || !options.isRunning(sessionId)) return;
      options.end(sessionId).catch((error: unknown) => {
        console.error('[web-host] ending the session of a closed facilitator page failed:', error);
      });
    }, options.graceMs);
    // A pending end must not keep the process alive on its own.
    timer.unref?.();
    pending.set(sessionId, timer);
  };

  return {
    opened(sessionId) {
      cancel(sessionId);
      open.set(sessionId, (open.get(sessionId) ?? 0) + 1);
      let closed = false;
      return () => {
        if (closed) return;
        closed = true;
        const left = (open.get(sessionId) ?? 1) - 1;
        if (left > 0) {
          open.set(sessionId, left);
          return;
        }
        open.delete(sessionId);
        lastClosed(sessionId);
      };
    },
    dispose() {
      disposed = true;
      for (const sessionId of [...pending.keys()]) cancel(sessionId);
    },
  };
}
