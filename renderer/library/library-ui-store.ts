import { create } from 'zustand';
import type { MapSummary } from '../../shared/domain';

/** Which dialog of the library is open, and for which map. UI state only: never saved, never undone. */
export type LibraryDialog =
  | { kind: 'new' }
  | { kind: 'rename'; map: MapSummary }
  | { kind: 'delete'; map: MapSummary }
  | { kind: 'compare'; map: MapSummary }
  | null;

interface LibraryUiState {
  dialog: LibraryDialog;
  /** A short confirmation read out politely after an action ("Deleted “X”."). */
  notice: string | null;
  /** An error from an action, shown in an alert. */
  error: string | null;
  openDialog(dialog: LibraryDialog): void;
  closeDialog(): void;
  setNotice(notice: string | null): void;
  setError(error: string | null): void;
}

export const useLibraryUiStore = create<LibraryUiState>()((set) => ({
  dialog: null,
  notice: null,
  error: null,
  openDialog: (dialog) => set({ dialog, error: null }),
  closeDialog: () => set({ dialog: null }),
  setNotice: (notice) => set({ notice }),
  setError: (error) => set({ error }),
}));
