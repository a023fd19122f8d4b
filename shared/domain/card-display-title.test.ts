import { describe, expect, it } from 'vitest';
import { createCard } from '../document/cards';
import { cardDisplayTitle, personaNames } from './card-display-title';

const library = personaNames([{ id: 'p1', name: 'Mia Wong' }]);

describe('cardDisplayTitle', () => {
  it("calls a linked persona card by the library persona's current name, not its stored title", () => {
    const card = createCard('persona', { title: 'Mia Chen', personaId: 'p1' });
    expect(cardDisplayTitle(card, library)).toBe('Mia Wong');
  });

  it('falls back to the card title for an unlinked card or a persona the library no longer has', () => {
    expect(cardDisplayTitle(createCard('persona', { title: 'Walk-in' }), library)).toBe('Walk-in');
    const gone = createCard('persona', { title: 'Old name', personaId: 'deleted' });
    expect(cardDisplayTitle(gone, library)).toBe('Old name');
  });

  it('uses the title of every other kind, even when it carries no persona', () => {
    expect(cardDisplayTitle(createCard('note', { title: 'Remember' }), library)).toBe('Remember');
  });
});
