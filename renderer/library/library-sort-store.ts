import { create } from 'zustand';
import { api } from '../api';
import type { LibrarySort } from './library-sort';

interface LibrarySortState {
  sort: LibrarySort;
  /** Whether the stored choice was read (once per app start). */
  loaded: boolean;
  /** Shows the new order now and remembers it in the library's preferences. */
  setSort(sort: LibrarySort): void;
  /** Reads the remembered order; the default stays if the library cannot answer. */
  load(): Promise<void>;
}

export const useLibrarySort = create<LibrarySortState>()((set, get) => ({
  sort: 'updated',
  loaded: false,
  setSort(sort) {
    set({ sort, loaded: true });
    // A failed write only means the choice is not remembered; the list already shows it.
    api.call('preferences.set', { key: 'librarySort', value: sort }).catch(() => undefined);
  },
  async load() {
    if (get().loaded) return;
    const stored = await api.call('preferences.get', {}).then(
      (preferences) => preferences.user.librarySort,
      () => null,
    );
    if (!get().loaded) set({ loaded: true, ...(stored ? { sort: stored } : {}) });
  },
}));
