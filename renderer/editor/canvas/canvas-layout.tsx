import { createContext, useContext, useLayoutEffect, useMemo } from 'react';
import { computeLayout, type MapLayout } from '../../../shared/canvas/layout';
import type { JourneyMap } from '../../../shared/domain';

/**
 * The canvas's slot for a band drawn in the frozen stage strip right under the stage names (the
 * funnel band): the map's lanes start below it and it stays with the names when the map is panned
 * down. An overlay says how much room the band takes and draws it into the two elements (a portal):
 * - `band`: laid out in flow units with its top at the strip's band row (x = 0 is the map's left
 *   edge, the stages' `x` from `computeLayout`);
 * - `corner`: the frozen corner over the lane header column (the band's legend), which the stage
 *   strip scrolls under.
 * The band's content is rendered by the overlay, so a change of its figures renders the overlay
 * only, never the canvas; only a change of its room moves the lanes.
 */
export interface StageBandSlot {
  /** The band's height and the gap after it, in flow units (0: no band). */
  setRoom(room: number): void;
  band: HTMLElement;
  corner: HTMLElement;
}

/** The layout the canvas draws (with room for its band): every overlay and header tool uses it. */
const CanvasLayoutContext = createContext<MapLayout | null>(null);
export const CanvasLayoutProvider = CanvasLayoutContext.Provider;

/** Lets an overlay put a band in the canvas's frozen stage strip. */
const StageBandSlotContext = createContext<StageBandSlot | null>(null);
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

/**
 * Makes `room` flow units for a band under the stage names of the canvas this is drawn in (0: none)
 * and returns where to draw it, or null outside a canvas.
 */
export function useStageBand(room: number): StageBandSlot | null {
  const slot = useContext(StageBandSlotContext);
  useLayoutEffect(() => {
    slot?.setRoom(room);
  }, [slot, room]);
  useLayoutEffect(() => () => slot?.setRoom(0), [slot]);
  return slot;
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
