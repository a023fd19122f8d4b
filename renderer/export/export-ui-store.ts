import { create } from 'zustand';
import type { ExportFormat } from '../../shared/export';

/**
 * Whether the export dialog is open, and with which format preselected. A store rather than local
 * state so that the application menu (File > Export PNG/PDF/Map file, issue 7) and the toolbar
 * button open the same dialog.
 */
interface ExportUiState {
  open: boolean;
  /** The format to show when opening; null keeps the last one used for the map. */
  format: ExportFormat | null;
  openExport(format?: ExportFormat | null): void;
  closeExport(): void;
}

export const useExportUi = create<ExportUiState>()((set) => ({
  open: false,
  format: null,
  openExport: (format = null) => set({ open: true, format }),
  closeExport: () => set({ open: false, format: null }),
}));
