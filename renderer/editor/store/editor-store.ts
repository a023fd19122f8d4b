import { temporal } from 'zundo';
import { takePrefetchedMap } from './map-prefetch';
import { create } from 'zustand';
import { useStore } from 'zustand';
import { ApiError, type ErrorCode } from '../../../shared/api';
import type { JourneyMap } from '../../../shared/domain';
import { api, errorMessage } from '../../api';
import { useMetricsStore } from '../../metrics/metrics-store';
import { createAutosave, type LocalCardFields, type SaveStatus } from './autosave';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The open document and its history. Only `map` is undoable (zundo tracks it alone); everything else
 * here (load and save status, the last edit error) and all UI state elsewhere (selection, viewport,
 * panels) never enters the history.
 *
 * Every edit goes through {@link EditorState.edit} with a pure operation from shared/document, so one
 * user action is one history entry; panels call it as `editDocument` (./edit-document.ts). A drag is committed once, when it ends: the canvas keeps pointer
 * positions to itself while the drag runs.
 */
export interface EditorState {
  mapId: string | null;
  map: JourneyMap | null;
  status: LoadStatus;
  loadError: { code: ErrorCode; message: string } | null;
  saveStatus: SaveStatus;
  saveError: string | null;
  /** Why the last edit was refused (shown in an alert; cleared by the next edit). */
  editError: string | null;

  load(id: string): Promise<void>;
  /** Saves what is pending and forgets the document (leaving the editor). */
  close(): Promise<void>;
  /**
   * Applies one undoable edit. The updater is a pure function of the current map; if it throws (an
   * impossible edit) nothing changes and the reason is kept in `editError`. Returns whether it applied.
   */
  edit(updater: (map: JourneyMap) => JourneyMap): boolean;
  /**
   * Applies an edit folded into the last history entry (no entry of its own): the title typed into
   * a card capture just added, so card and title are one undo step. Returns whether it applied.
   */
  amend(updater: (map: JourneyMap) => JourneyMap): boolean;
  /** Takes the last edit back without leaving a redo step (a captured card left untouched). */
  discardLast(): void;
  clearEditError(): void;
  undo(): void;
  redo(): void;
  /** Saves pending edits now. */
  flush(): Promise<void>;
  /**
   * Applies a change the library already holds (a workshop session's event: a participant's card,
   * a vote): no history entry of its own, and never sent back by the autosave. The change is also
   * applied to every past and future state, so the facilitator's undo and redo never take a
   * participant's card away. `update` must tolerate a map that lacks what it touches (it is run on
   * older states too). Returns whether the open map changed.
   *
   * Options (issue 12, per-field last write wins): `document` is what the open map takes when it
   * differs from what the library now holds (`update`), e.g. the facilitator's unsaved edit of the
   * same field stays; `history: false` leaves past and future states alone (a value that is the
   * facilitator's own, which their undo may take back).
   */
  applyRemote(update: (map: JourneyMap) => JourneyMap, options?: RemoteChangeOptions): boolean;
  /** The open card's fields the library does not hold yet (see Autosave.cardFields). */
  localCardFields(cardId: string): LocalCardFields;
  /**
   * Reads the open map again from the library (after a gap in the session's events): pending edits are
   * saved first; the history is cleared, since its states may predate changes that were missed.
   */
  resync(): Promise<void>;
}

export interface RemoteChangeOptions {
  document?: (map: JourneyMap) => JourneyMap;
  history?: boolean;
}

const autosave = createAutosave({
  delayMs: 500,
  save: async (id, changes) => {
    const saved = await api.call('maps.applyChanges', { id, changes });
    // A stage saved again (Undo of a delete) gets back the funnel numbers the library kept for it;
    // the metrics store only sees them by reading again.
    if (changes.upsert?.stages?.length) void useMetricsStore.getState().refresh(id);
    return saved;
  },
  onStatus: (saveStatus, error) =>
    useEditorStore.setState({ saveStatus, saveError: error === undefined ? null : errorMessage(error) }),
});

export const useEditorStore = create<EditorState>()(
  temporal(
    (set, get) => ({
      mapId: null,
      map: null,
      status: 'idle',
      loadError: null,
      saveStatus: 'saved',
      saveError: null,
      editError: null,

      async load(id) {
        if (get().mapId && get().mapId !== id)
          await get()
            .flush()
            .catch(() => {});
        withoutHistory(() =>
          set({ mapId: id, map: null, status: 'loading', loadError: null, editError: null }),
        );
        try {
          const map = await (takePrefetchedMap(id) ?? api.call('maps.get', { id }));
          if (get().mapId !== id) return; // another map was opened meanwhile
          autosave.reset(map);
          withoutHistory(() => set({ map, status: 'ready' }));
          useEditorStore.temporal.getState().clear();
        } catch (error) {
          if (get().mapId !== id) return;
          const code: ErrorCode = error instanceof ApiError ? error.code : 'internal';
          set({ status: 'error', loadError: { code, message: errorMessage(error) } });
        }
      },

      async close() {
        const closing = get().mapId;
        await get()
          .flush()
          .catch(() => {});
        // Another map was opened while this one saved (a route change unmounts one editor as the
        // next mounts): that map is not ours to close.
        if (get().mapId !== closing) return;
        autosave.dispose();
        withoutHistory(() =>
          set({
            mapId: null,
            map: null,
            status: 'idle',
            loadError: null,
            editError: null,
            saveStatus: 'saved',
          }),
        );
        useEditorStore.temporal.getState().clear();
      },

      edit(updater) {
        return applyEdit(updater);
      },

      amend(updater) {
        let applied = false;
        withoutHistory(() => {
          applied = applyEdit(updater);
        });
        return applied;
      },

      discardLast() {
        const history = useEditorStore.temporal;
        if (history.getState().pastStates.length === 0) return;
        const future = history.getState().futureStates;
        history.getState().undo();
        history.setState({ futureStates: future });
      },

      clearEditError() {
        set({ editError: null });
      },

      undo() {
        useEditorStore.temporal.getState().undo();
      },
      redo() {
        useEditorStore.temporal.getState().redo();
      },

      flush() {
        return autosave.flush();
      },

      applyRemote(update, options = {}) {
        const current = get().map;
        if (!current) return false;
        const next = (options.document ?? update)(current);
        if (next === current && !options.document) return false;
        if (options.history !== false) {
          const history = useEditorStore.temporal;
          const rebase = (states: Partial<EditorState>[]) =>
            states.map((state) => (state.map ? { ...state, map: rebaseSafely(update, state.map) } : state));
          history.setState({
            pastStates: rebase(history.getState().pastStates),
            futureStates: rebase(history.getState().futureStates),
          });
        }
        autosave.rebase(update, next);
        if (next === current) return false;
        applyingRemote = true;
        try {
          withoutHistory(() => set({ map: next }));
        } finally {
          applyingRemote = false;
        }
        return true;
      },

      localCardFields(cardId) {
        return autosave.cardFields(cardId);
      },

      async resync() {
        const id = get().mapId;
        for (let attempt = 0; id && attempt < 3; attempt++) {
          await get()
            .flush()
            .catch(() => {});
          const map = await api.call('maps.get', { id });
          if (get().mapId !== id) return;
          // An edit made while the read was on its way is saved first, then read back with the rest.
          if (autosave.pendingChanges()) continue;
          autosave.reset(map);
          withoutHistory(() => set({ map }));
          useEditorStore.temporal.getState().clear();
          return;
        }
      },
    }),
    {
      partialize: (state) => ({ map: state.map }),
      // Only a new document object is a new history entry; status changes are not.
      equality: (past, current) => past.map === current.map,
      limit: 200,
    },
  ),
);

/** Applies `updater` to the open map (see EditorState.edit); recorded unless history is paused. */
function applyEdit(updater: (map: JourneyMap) => JourneyMap): boolean {
  const current = useEditorStore.getState().map;
  if (!current) return false;
  let next: JourneyMap;
  try {
    next = updater(current);
  } catch (error) {
    useEditorStore.setState({ editError: errorMessage(error) });
    return false;
  }
  if (next === current) return false;
  useEditorStore.setState({ map: next, editError: null });
  return true;
}

/** A remote change applied to an older state; one it cannot take (it fails) leaves that state as it was. */
function rebaseSafely(update: (map: JourneyMap) => JourneyMap, map: JourneyMap): JourneyMap {
  try {
    return update(map);
  } catch {
    return map;
  }
}

// Set while a remote change is applied: the library holds it already, so there is nothing to save.
let applyingRemote = false;

function withoutHistory(run: () => void): void {
  const history = useEditorStore.temporal.getState();
  history.pause();
  try {
    run();
  } finally {
    history.resume();
  }
}

// Every document change (an edit, an undo, a redo) is saved incrementally a moment later.
useEditorStore.subscribe((state, previous) => {
  if (
    !applyingRemote &&
    state.map &&
    state.map !== previous.map &&
    state.status === 'ready' &&
    previous.status === 'ready'
  ) {
    autosave.schedule(state.map);
  }
});

/** Whether there is something to undo / redo, for the toolbar buttons. */
export const useCanUndo = (): boolean => useStore(useEditorStore.temporal, (s) => s.pastStates.length > 0);
export const useCanRedo = (): boolean => useStore(useEditorStore.temporal, (s) => s.futureStates.length > 0);

/** True while edits are not yet stored: the page asks before it is closed. */
export function hasUnsavedChanges(): boolean {
  return autosave.pendingChanges() !== null;
}
