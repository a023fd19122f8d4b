import { create } from 'zustand';

interface DesktopNoticeState {
  /** Progress of work started by the OS (opening a double-clicked map file). */
  status: string | null;
  error: string | null;
  setStatus(status: string | null): void;
  setError(error: string | null): void;
}

/** Status and errors of work the OS or the menu started, shown app-wide by `DesktopAlerts`. */
export const useDesktopNotice = create<DesktopNoticeState>()((set) => ({
  status: null,
  error: null,
  setStatus: (status) => set({ status }),
  setError: (error) => set({ error, status: null }),
}));
