import { describe, expect, it } from 'vitest';
import { makeMap } from '../document/test-map';
import { computeLayout } from './layout';
import { mapPersonaIds, PERSONA_BAND_GAP, PERSONA_BAND_HEIGHT, personaBandRect } from './persona-band';

describe('persona band', () => {
  it('lists the map’s personas first, then those only its persona cards use, once each', () => {
    const map = makeMap();
    const card = { ...map.cards[0], kind: 'persona', personaId: 'p-card' } as (typeof map.cards)[number];
    const twice = { ...card, id: 'c-twice', personaId: 'p-map' } as (typeof map.cards)[number];
    expect(mapPersonaIds({ personaIds: ['p-map'], cards: [card, twice] })).toEqual(['p-map', 'p-card']);
    expect(mapPersonaIds({ personaIds: [], cards: [] })).toEqual([]);
  });

  it('sits above the grid, as wide as it', () => {
    const layout = computeLayout(makeMap());
    const band = personaBandRect(layout);
    expect(band.y + band.height + PERSONA_BAND_GAP).toBe(0);
    expect(band.height).toBe(PERSONA_BAND_HEIGHT);
    expect(band.width).toBe(layout.grid.width);
  });
});
