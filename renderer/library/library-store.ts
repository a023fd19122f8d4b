import { create } from 'zustand';
import type { MapSummary } from '../../shared/domain';
import { api, errorMessage } from '../api';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface LibraryState {
  maps: MapSummary[];
  /** The query the shown list was loaded with. */
  query: string;
  status: Status;
  error: string | null;
  load(query?: string): Promise<void>;
  create(input: { name: string; templateId: string; language: MapSummary['language'] }): Promise<MapSummary>;
  rename(id: string, name: string): Promise<MapSummary>;
  duplicate(id: string, name: string): Promise<MapSummary>;
  remove(id: string): Promise<void>;
  clearError(): void;
}

// Only the newest list request may write the list: typing fast must not show an older answer.
let latestLoad = 0;

/** The library's maps as the backend has them; mutations reload the list with the current query. */
export const useLibraryStore = create<LibraryState>()((set, get) => ({
  maps: [],
  query: '',
  status: 'idle',
  error: null,

  async load(query = get().query) {
    const ticket = ++latestLoad;
    set({ status: get().status === 'ready' ? 'ready' : 'loading', query });
    try {
      const trimmed = query.trim();
      const maps = await api.call('maps.list', trimmed ? { query: trimmed } : {});
      if (ticket === latestLoad) set({ maps, status: 'ready', error: null });
    } catch (error) {
      if (ticket === latestLoad) set({ status: 'error', error: errorMessage(error) });
    }
  },

  async create(input) {
    const summary = await api.call('maps.create', input);
    await get().load();
    return summary;
  },

  async rename(id, name) {
    const summary = await api.call('maps.rename', { id, name });
    await get().load();
    return summary;
  },

  async duplicate(id, name) {
    const summary = await api.call('maps.duplicate', { id, name });
    await get().load();
    return summary;
  },

  async remove(id) {
    await api.call('maps.delete', { id });
    await get().load();
  },

  clearError() {
    set({ error: null });
  },
}));
