import { create } from 'zustand';
import type { PresentationStep } from '../../../shared/canvas/presentation-steps';

/**
 * Presentation mode of the open map: whether it is on and which step is shown (0 is the overview,
 * step N the map's N-th stage). Never saved, never undoable. The editor's presenter computes the
 * steps from the layout (`setSteps`); anything else — keys, the presentation bar, a workshop
 * session that makes participants follow the facilitator — only needs `start`/`stop`/`setStep`.
 */
export interface PresentationState {
  active: boolean;
  /** The shown step: 0 is the overview of the whole map. */
  index: number;
  /** How many steps there are (the overview and one per stage); 0 until the presenter knows. */
  total: number;
  /** The stage of the shown step; null on the overview. */
  stageId: string | null;
  steps: readonly PresentationStep[];
  /** Enters presentation mode at `index` (default the overview). */
  start(index?: number): void;
  /** Leaves presentation mode; the editor is back as it was. */
  stop(): void;
  /** Shows step `index` (clamped to the steps there are). */
  setStep(index: number): void;
  next(): void;
  prev(): void;
  /** The presenter's steps for the map as it is now (the index is kept, clamped). */
  setSteps(steps: readonly PresentationStep[]): void;
}

const clamp = (index: number, total: number): number =>
  total === 0 ? Math.max(0, Math.floor(index)) : Math.min(Math.max(0, Math.floor(index)), total - 1);

const at = (steps: readonly PresentationStep[], index: number) => {
  const i = clamp(index, steps.length);
  return { index: i, total: steps.length, stageId: steps[i]?.stageId ?? null };
};

export const usePresentation = create<PresentationState>()((set, get) => ({
  active: false,
  index: 0,
  total: 0,
  stageId: null,
  steps: [],
  start(index = 0) {
    set({ active: true, ...at(get().steps, index) });
  },
  stop() {
    set({ active: false, index: 0, stageId: null });
  },
  setStep(index) {
    set(at(get().steps, index));
  },
  next() {
    get().setStep(get().index + 1);
  },
  prev() {
    get().setStep(get().index - 1);
  },
  setSteps(steps) {
    set({ steps, ...at(steps, get().index) });
  },
}));

/** The presentation state outside React (command handlers, key listeners). */
export const presentation = (): PresentationState => usePresentation.getState();
