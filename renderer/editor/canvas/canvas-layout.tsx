import { createContext, useContext, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { computeLayout, type MapLayout } from '../../../shared/canvas/layout';
import type { JourneyMap } from '../../../shared/domain';

/**
 * A band drawn in the frozen stage strip right under the stage names (the funnel band), so the map's
 * lanes start below it and it stays with the names when the map is panned down.
 * - `room` is its height and the gap after it, in flow units: the `stageBandHeight` of the layout.
 * - `node` is laid out in flow units with its top at the strip's band row (x = 0 is the map's left
 *   edge, the stages' `x` from `computeLayout`).
 * - `corner` goes in the frozen corner over the lane header column (the band's legend), where the
 *   stage strip scrolls under it.
 */
export interface StageStripBand {
  room: number;
  node: ReactNode;
  corner?: ReactNode;
}

/** The layout the canvas draws (with room for its band): every overlay and header tool uses it. */
const CanvasLayoutContext = createContext<MapLayout | null>(null);
export const CanvasLayoutProvider = CanvasLayoutContext.Provider;

/** Lets an overlay put a band in the canvas's frozen stage strip (null takes it away). */
const StageBandSlotContext = createContext<((band: StageStripBand | null) => void) | null>(null);
export const StageBandSlotProvider = StageBandSlotContext.Provider;

/**
 * The layout of the canvas this is drawn in (lanes under the band, when one shows); outside a canvas,
 * the map's plain layout.
 */
export function useCanvasLayout(map: Pick<JourneyMap, 'stages' | 'lanes' | 'cards'>): MapLayout {
  const layout = useContext(CanvasLayoutContext);
  const plain = useMemo(() => (layout === null ? computeLayout(map) : null), [layout, map]);
  return layout ?? (plain as MapLayout);
}

/** Shows `band` (null: none) in the frozen stage strip of the canvas this is drawn in. */
export function useStageBand(band: StageStripBand | null): void {
  const setBand = useContext(StageBandSlotContext);
  useLayoutEffect(() => {
    if (!setBand) return;
    setBand(band);
  }, [setBand, band]);
  useLayoutEffect(() => () => setBand?.(null), [setBand]);
}

// The room of the band of the editable canvas on screen, for edits worked out outside React (a card
// placed below the grid must land below the lanes the canvas draws, not under the band).
let liveBandRoom = 0;

/** Called by the editable canvas while it shows a band (0 when none, or when it goes away). */
export function setLiveStageBandRoom(room: number): void {
  liveBandRoom = room;
}

/** The layout the editable canvas on screen draws for `map` (the plain one without a canvas). */
export function liveCanvasLayout(map: Pick<JourneyMap, 'stages' | 'lanes' | 'cards'>): MapLayout {
  return computeLayout(map, { stageBandHeight: liveBandRoom });
}
