import { diffMaps, diffRowFields, changeSetFromDiff, isEmptyDiff } from '../../../shared/diff';
import type { JourneyMap, MapChangeSet } from '../../../shared/domain';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaveOptions {
  /** Sends one change set; resolves when the backend has committed it. */
  save(mapId: string, changes: MapChangeSet): Promise<unknown>;
  /** Quiet time after the last edit before saving; DESIGN: at most about a second. */
  delayMs?: number;
  onStatus?(status: SaveStatus, error?: unknown): void;
}

export interface Autosave {
  /** Starts tracking a freshly loaded map: it is the saved state. */
  reset(map: JourneyMap): void;
  /** Tells the autosave the document changed; a save follows after the quiet time. */
  schedule(map: JourneyMap): void;
  /** Saves whatever is pending now (route change, window close); resolves when it is stored. */
  flush(): Promise<void>;
  /** The change set that would be sent now (for a keepalive request on page unload). */
  pendingChanges(): { mapId: string; changes: MapChangeSet } | null;
  /** Stops the timer; pending edits are kept until the next flush. */
  dispose(): void;
  /**
   * A change the backend already holds (a workshop participant's card, from the session's events)
   * is applied to both the saved state and the document, so it is never sent back; a save in
   * flight gets it too when it lands. `document` is the editor's map with the change applied;
   * pending local edits stay pending.
   */
  rebase(update: (map: JourneyMap) => JourneyMap, document: JourneyMap): void;
  /**
   * The fields of one card the library does not hold yet as the document has them: `pending` (edited
   * since the last save was sent; the next save writes them) and `inFlight` (sent by the save on its
   * way, not yet acknowledged). A remote change of a pending field gives way to the edit (it is
   * written later, so it wins); of a field in flight, the server's order decides (issue 12).
   */
  cardFields(cardId: string): LocalCardFields;
}

export interface LocalCardFields {
  pending: string[];
  inFlight: string[];
  /** The card was deleted in the document and the library still has it: the deletion is pending. */
  deletedLocally: boolean;
}

const changedCardFields = (before: JourneyMap | null, after: JourneyMap | null, cardId: string) => {
  const b = before?.cards.find((c) => c.id === cardId);
  const a = after?.cards.find((c) => c.id === cardId);
  return b && a && b !== a ? diffRowFields('card', b, a).map((f) => f.field) : [];
};

/**
 * Incremental, debounced saving. It keeps the last state the backend acknowledged and, on each save,
 * sends only the difference to the current document (the rows that changed), so the cost of a save
 * does not grow with the map. One save runs at a time; edits made meanwhile go in the next one.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const delayMs = options.delayMs ?? 500;
  let saved: JourneyMap | null = null;
  let current: JourneyMap | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  // Remote changes applied since the save in flight took its snapshot: they are replayed onto what
  // that save stored, which did not include them.
  let rebasedDuringSave: ((map: JourneyMap) => JourneyMap)[] = [];
  let saving = false;
  // What the save in flight sends the document to (null when none is on its way).
  let inFlight: JourneyMap | null = null;

  const status = (value: SaveStatus, error?: unknown) => options.onStatus?.(value, error);

  const changesNow = (): { mapId: string; changes: MapChangeSet; target: JourneyMap } | null => {
    if (!saved || !current || saved === current) return null;
    const diff = diffMaps({ map: saved }, { map: current });
    if (isEmptyDiff(diff)) return null;
    return { mapId: current.id, changes: changeSetFromDiff(diff, current), target: current };
  };

  const runOnce = async (): Promise<void> => {
    const next = changesNow();
    if (!next) {
      if (saved === current || !current) status('saved');
      return;
    }
    status('saving');
    saving = true;
    inFlight = next.target;
    rebasedDuringSave = [];
    try {
      await options.save(next.mapId, next.changes);
      // Only what was sent counts as saved; later edits stay pending.
      if (saved && saved.id === next.target.id)
        saved = rebasedDuringSave.reduce((map, update) => update(map), next.target);
      status(changesNow() ? 'pending' : 'saved');
    } catch (error) {
      status('error', error);
      throw error;
    } finally {
      saving = false;
      inFlight = null;
      rebasedDuringSave = [];
    }
  };

  // The save kept to chain the next one after: cleared when it is still the last save (compared with
  // the promise kept, not the one run). Its failure is the caller's to see, on the promise returned,
  // so the kept one settles quietly rather than as an unhandled rejection.
  const track = (save: Promise<void>): Promise<void> => {
    const tracked: Promise<void> = save
      .catch(() => undefined)
      .finally(() => {
        if (running === tracked) running = null;
      });
    return tracked;
  };

  const run = (): Promise<void> => {
    if (running) {
      // Chain after the save in flight so two saves never overlap.
      const after = running.then(runOnce, runOnce);
      running = track(after);
      return after;
    }
    const now = runOnce();
    running = track(now);
    return now;
  };

  return {
    reset(map) {
      if (timer) clearTimeout(timer);
      timer = null;
      saved = map;
      current = map;
      status('saved');
    },
    schedule(map) {
      if (!saved || map.id !== saved.id) return;
      current = map;
      if (timer) clearTimeout(timer);
      status('pending');
      timer = setTimeout(() => {
        timer = null;
        run().catch(() => {});
      }, delayMs);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      await run();
    },
    pendingChanges() {
      const next = changesNow();
      return next ? { mapId: next.mapId, changes: next.changes } : null;
    },
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
    rebase(update, document) {
      if (!saved || !current || document.id !== saved.id) return;
      const wasClean = saved === current;
      saved = wasClean ? document : update(saved);
      current = document;
      if (saving) {
        rebasedDuringSave.push(update);
        // What the save on its way leads to, once the library has both: the base of `pending`.
        if (inFlight) inFlight = update(inFlight);
      }
    },
    cardFields(cardId) {
      const has = (map: JourneyMap | null) => Boolean(map?.cards.some((c) => c.id === cardId));
      return {
        pending: changedCardFields(inFlight ?? saved, current, cardId),
        inFlight: changedCardFields(saved, inFlight, cardId),
        deletedLocally: has(inFlight ?? saved) && !has(current),
      };
    },
  };
}
