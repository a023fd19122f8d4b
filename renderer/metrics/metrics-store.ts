import { create } from 'zustand';
import type { MapMetrics, OperationInput, OperationName } from '../../shared/api';
import { api, errorMessage } from '../api';

/** The metrics operations that return the map's metrics (every one but the CSV export). */
type MetricsChange = Exclude<
  Extract<OperationName, `metrics.${string}`>,
  'metrics.exportCsv' | 'metrics.listPeriods'
>;

/** A what-if scenario: one stage's conversion replaced, for projections only. */
export interface WhatIf {
  stageId: string;
  conversion: number;
}

/**
 * The funnel metrics of the open map. Kept apart from the editor's document store on purpose:
 * numbers are saved as soon as they are committed and are not part of the canvas undo history.
 */
interface MetricsState {
  mapId: string | null;
  data: MapMetrics | null;
  /** Why loading or the last change failed (shown in an alert). */
  error: string | null;
  /** The overlay toggle; null follows the default (on once the active period has numbers). */
  overlay: boolean | null;
  whatIf: WhatIf | null;
  /**
   * Whether the numbers panel is docked beside the canvas. Kept across maps in this session, so a
   * facilitator going from map to map keeps typing numbers.
   */
  panelOpen: boolean;
  setPanelOpen(open: boolean): void;
  load(mapId: string): Promise<void>;
  /**
   * Reads the open map's numbers again, keeping the overlay and what-if choices. Needed after a save
   * that wrote stages: a stage brought back by Undo finds the numbers the library kept for it.
   * A result that arrives after a newer load or change is dropped.
   */
  refresh(mapId: string): Promise<void>;
  close(): void;
  /**
   * Runs one change and takes its result as the new state. Throws the ApiError as well, so a form
   * can show it next to its field; nothing changes locally when it fails.
   */
  change<K extends MetricsChange>(name: K, input: OperationInput<K>): Promise<MapMetrics>;
  setOverlay(on: boolean): void;
  setWhatIf(whatIf: WhatIf | null): void;
  clearError(): void;
}

/** Counts every load, refresh and change, so that a refresh never overwrites newer numbers. */
let generation = 0;

export const useMetricsStore = create<MetricsState>()((set, get) => ({
  mapId: null,
  data: null,
  error: null,
  overlay: null,
  whatIf: null,
  panelOpen: false,
  setPanelOpen(open) {
    set({ panelOpen: open });
  },
  async load(mapId) {
    generation += 1;
    set({ mapId, data: null, error: null, overlay: null, whatIf: null });
    try {
      const data = await api.call('metrics.listPeriods', { mapId });
      if (get().mapId === mapId) set({ data });
    } catch (error) {
      if (get().mapId === mapId) set({ error: errorMessage(error) });
    }
  },
  async refresh(mapId) {
    if (get().mapId !== mapId) return;
    const asked = ++generation;
    try {
      const data = await api.call('metrics.listPeriods', { mapId });
      if (asked === generation && get().mapId === mapId) set({ data });
    } catch (error) {
      if (asked === generation && get().mapId === mapId) set({ error: errorMessage(error) });
    }
  },
  close() {
    generation += 1;
    set({ mapId: null, data: null, error: null, overlay: null, whatIf: null });
  },
  async change(name, input) {
    const mapId = get().mapId;
    try {
      // The union of operations collapses to MapMetrics for every name this accepts.
      const data = (await api.call(name, input)) as MapMetrics;
      // A refresh sent before this change was stored may carry older numbers: it is dropped.
      generation += 1;
      if (get().mapId === mapId) set({ data, error: null });
      return data;
    } catch (error) {
      set({ error: errorMessage(error) });
      throw error;
    }
  },
  setOverlay(on) {
    set({ overlay: on });
  },
  setWhatIf(whatIf) {
    set({ whatIf });
  },
  clearError() {
    set({ error: null });
  },
}));
