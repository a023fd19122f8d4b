/** One thing the command palette can find: a command, or a card, stage or lane of the open map. */
export interface PaletteEntry {
  kind: 'command' | 'card' | 'stage' | 'lane';
  id: string;
  /** What the entry shows. */
  label: string;
  /** Other words that find it (the command's name in the other language, the card's stage). */
  also?: readonly string[];
  /** A second line (the card's kind and place, the command's keys). */
  detail?: string;
}

/** Lower case, full-width forms folded (Ｅｘｐｏｒｔ finds Export), runs of space collapsed. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** How well an entry matches: 0 for no match, higher is better. Every word of the query must occur. */
function score(entry: PaletteEntry, words: readonly string[]): number {
  const label = normalizeForSearch(entry.label);
  const texts = [label, ...(entry.also ?? []).map(normalizeForSearch)];
  let total = 0;
  for (const word of words) {
    const best = Math.max(
      ...texts.map((text, i) => {
        const at = text.indexOf(word);
        if (at < 0) return 0;
        // The label beats the other words; a match at the start of a word beats one inside it.
        const start = at === 0 || text[at - 1] === ' ' ? 2 : 1;
        return (i === 0 ? 2 : 1) * start;
      }),
    );
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/**
 * The entries that match a query, best first (commands before map items when equally good), at
 * most `limit`. An empty query lists the commands only: a map's thousands of cards are found by
 * typing, not by scrolling.
 */
export function searchPalette(entries: readonly PaletteEntry[], query: string, limit = 50): PaletteEntry[] {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return entries.filter((e) => e.kind === 'command').slice(0, limit);
  return entries
    .map((entry, order) => ({ entry, order, score: score(entry, words) }))
    .filter((m) => m.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.entry.kind === 'command') - Number(a.entry.kind === 'command') ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map((m) => m.entry);
}
