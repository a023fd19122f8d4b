import type { JourneyMap } from '../domain/journey-map';
import type { MapLayout, Rect } from './layout';

/** Height of the personas band above the stage headers, and its gap to them, in flow units. */
export const PERSONA_BAND_HEIGHT = 96;
export const PERSONA_BAND_GAP = 12;

/**
 * The personas a map shows in its band, in order: those added to the map (`personaIds`), then those
 * only its persona cards point at. No duplicates.
 */
export function mapPersonaIds(map: Pick<JourneyMap, 'personaIds' | 'cards'>): string[] {
  const ids = [...map.personaIds];
  for (const card of map.cards) {
    if (card.kind === 'persona' && card.personaId !== null && !ids.includes(card.personaId)) {
      ids.push(card.personaId);
    }
  }
  return ids;
}

/**
 * Where the personas band sits: above the grid (negative y, so the grid's own geometry does not
 * move), as wide as the grid. The canvas and the export picture both draw it here.
 */
export function personaBandRect(layout: Pick<MapLayout, 'grid'>): Rect {
  return {
    x: 0,
    y: layout.grid.y - (PERSONA_BAND_HEIGHT + PERSONA_BAND_GAP),
    width: layout.grid.width,
    height: PERSONA_BAND_HEIGHT,
  };
}
