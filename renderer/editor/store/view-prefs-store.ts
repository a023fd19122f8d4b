import { create } from 'zustand';
import { api } from '../../api';

/** The view preferences that are on/off switches, by their `preferences.set` key. */
type ViewSwitch = 'minimap' | 'paletteCollapsed' | 'inspectorCollapsed';

/**
 * How the user likes the canvas drawn, kept across maps and launches (not part of any document).
 * The library holds it (`preferences.*`), not the browser: the web host's origin changes with its
 * port, and localStorage is per origin.
 */
interface ViewPrefs extends Record<ViewSwitch, boolean> {
  /** Flips the minimap now and stores the choice in the library. */
  toggleMinimap(): void;
  /** Folds or unfolds the palette (left panel) and remembers it. */
  togglePalette(): void;
  /** Folds or unfolds the inspector (right panel) and remembers it. */
  toggleInspector(): void;
  /**
   * Focus mode: folds both panels, or unfolds both when both are already folded, so one key gives
   * the whole window to the map and brings the panels back.
   */
  toggleFocusMode(): void;
}

/** Shows a switch's new value now and stores it in the library. */
function store(key: ViewSwitch, value: boolean): void {
  useViewPrefs.setState({ [key]: value });
  // A failed write only means the choice is not remembered; the screen already shows it.
  api.call('preferences.set', { key, value }).catch(() => undefined);
}

export const useViewPrefs = create<ViewPrefs>()((_set, get) => ({
  minimap: true,
  paletteCollapsed: false,
  inspectorCollapsed: false,
  toggleMinimap: () => store('minimap', !get().minimap),
  togglePalette: () => store('paletteCollapsed', !get().paletteCollapsed),
  toggleInspector: () => store('inspectorCollapsed', !get().inspectorCollapsed),
  toggleFocusMode: () => {
    const collapse = !(get().paletteCollapsed && get().inspectorCollapsed);
    if (get().paletteCollapsed !== collapse) store('paletteCollapsed', collapse);
    if (get().inspectorCollapsed !== collapse) store('inspectorCollapsed', collapse);
  },
}));

/** Reads the stored view preferences once at start; the defaults stay if the library is unreachable. */
export async function loadViewPrefs(): Promise<void> {
  const stored = await api.call('preferences.get', {}).then(
    (preferences) => preferences.user,
    () => null,
  );
  if (stored) {
    useViewPrefs.setState({
      minimap: stored.minimap,
      paletteCollapsed: stored.paletteCollapsed,
      inspectorCollapsed: stored.inspectorCollapsed,
    });
  }
}
