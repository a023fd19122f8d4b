import { create } from 'zustand';
import type { ErrorCode } from '../../shared/api';
import { ApiError } from '../../shared/api';
import type { JourneyMap } from '../../shared/domain';
import { api, errorMessage } from '../api';

type Status = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The open document: the loaded map as plain immutable data, and whether it is loading. Editing,
 * undo (zundo) and autosave build on this store; UI state (selection, viewport, dialogs) stays out.
 */
interface DocumentState {
  mapId: string | null;
  map: JourneyMap | null;
  status: Status;
  error: { code: ErrorCode; message: string } | null;
  load(id: string): Promise<void>;
  close(): void;
}

export const useDocumentStore = create<DocumentState>()((set, get) => ({
  mapId: null,
  map: null,
  status: 'idle',
  error: null,

  async load(id) {
    set({ mapId: id, map: null, status: 'loading', error: null });
    try {
      const map = await api.call('maps.get', { id });
      // The user may have opened another map meanwhile; keep the newest.
      if (get().mapId === id) set({ map, status: 'ready' });
    } catch (error) {
      if (get().mapId !== id) return;
      const code: ErrorCode = error instanceof ApiError ? error.code : 'internal';
      set({ status: 'error', error: { code, message: errorMessage(error) } });
    }
  },

  close() {
    set({ mapId: null, map: null, status: 'idle', error: null });
  },
}));
