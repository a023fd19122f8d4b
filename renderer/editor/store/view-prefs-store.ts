import { create } from 'zustand';
import { api } from '../../api';

/**
 * How the user likes the canvas drawn, kept across maps and launches (not part of any document).
 * The library holds it (`preferences.*`), not the browser: the web host's origin changes with its
 * port, and localStorage is per origin.
 */
interface ViewPrefs {
  minimap: boolean;
  /** Flips the minimap now and stores the choice in the library. */
  toggleMinimap(): void;
}

export const useViewPrefs = create<ViewPrefs>()((set, get) => ({
  minimap: true,
  toggleMinimap: () => {
    const minimap = !get().minimap;
    set({ minimap });
    // A failed write only means the choice is not remembered; the canvas already shows it.
    api.call('preferences.set', { key: 'minimap', value: minimap }).catch(() => undefined);
  },
}));

/** Reads the stored view preferences once at start; the defaults stay if the library is unreachable. */
export async function loadViewPrefs(): Promise<void> {
  const stored = await api.call('preferences.get', {}).then(
    (preferences) => preferences.user,
    () => null,
  );
  if (stored) useViewPrefs.setState({ minimap: stored.minimap });
}
