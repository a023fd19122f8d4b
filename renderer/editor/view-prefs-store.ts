import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** How the user likes the canvas drawn, kept across maps and launches (not part of any document). */
interface ViewPrefs {
  minimap: boolean;
  toggleMinimap(): void;
}

export const useViewPrefs = create<ViewPrefs>()(
  persist(
    (set) => ({
      minimap: true,
      toggleMinimap: () => set((s) => ({ minimap: !s.minimap })),
    }),
    {
      name: 'journey-map-editor.view',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ minimap: s.minimap }),
    },
  ),
);
