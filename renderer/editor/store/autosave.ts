import { diffMaps, changeSetFromDiff, isEmptyDiff } from '../../../shared/diff';
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
}

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
      rebasedDuringSave = [];
    }
  };

  const run = (): Promise<void> => {
    if (running) {
      // Chain after the save in flight so two saves never overlap.
      const after = running.then(runOnce, runOnce);
      running = after.finally(() => {
        if (running === after) running = null;
      });
      return after;
    }
    const now = runOnce();
    running = now.finally(() => {
      if (running === now) running = null;
    });
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
      if (saving) rebasedDuringSave.push(update);
    },
  };
}
