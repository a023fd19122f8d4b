import { create } from 'zustand';

/** A stage or lane whose menu (rename, reorder, resize, delete, lane kind) was asked for. */
export interface StructureMenuTarget {
  type: 'stage' | 'lane';
  id: string;
  /** The header button that opened it, in screen coordinates, to place the menu beside it. */
  anchor: { x: number; y: number; width: number; height: number };
}

/**
 * The hook between the canvas headers and the stage/lane menus (built in renderer/editor/structure):
 * the menu component registers itself (`setProvided(true)` on mount) so the headers show their menu
 * buttons, and reads `target` to know which menu to show.
 */
interface StructureMenuState {
  provided: boolean;
  target: StructureMenuTarget | null;
  setProvided(provided: boolean): void;
  open(target: StructureMenuTarget): void;
  close(): void;
}

export const useStructureMenu = create<StructureMenuState>()((set) => ({
  provided: false,
  target: null,
  setProvided(provided) {
    set({ provided });
  },
  open(target) {
    set({ target });
  },
  close() {
    set({ target: null });
  },
}));

/** Opens the menu of a stage or lane from its header button. */
export function openStructureMenu(type: 'stage' | 'lane', id: string, button: HTMLElement): void {
  const r = button.getBoundingClientRect();
  useStructureMenu
    .getState()
    .open({ type, id, anchor: { x: r.x, y: r.y, width: r.width, height: r.height } });
}
