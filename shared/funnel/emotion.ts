/**
 * The fields of a card the emotion mean reads; every `Card` of the domain fits, so callers pass
 * `map.cards` as it is.
 */
export interface EmotionSourceCard {
  kind: string;
  stageId: string | null;
  score?: number;
}

/** The mean emotion of one stage, as drawn by the emotion curve. */
export interface StageEmotion {
  stageId: string;
  /** Mean score (-2..+2) of the stage's emotion cards; null when it has none. */
  mean: number | null;
  /** How many emotion cards the mean is made of. */
  cardCount: number;
}

/**
 * Mean emotion score per stage, from the emotion cards placed in each stage. Shared by the emotion
 * curve and the hotspot finder so both always agree.
 *
 * @param cards - The map's cards; cards of other kinds and free cards (no stage) are ignored.
 * @param stageIds - The stages in display order; the result follows this order.
 */
export function meanEmotionByStage(
  cards: readonly EmotionSourceCard[],
  stageIds: readonly string[],
): StageEmotion[] {
  const sums = new Map<string, { total: number; count: number }>();
  for (const card of cards) {
    if (card.kind !== 'emotion' || card.stageId === null) continue;
    if (typeof card.score !== 'number' || !Number.isFinite(card.score)) continue;
    const entry = sums.get(card.stageId) ?? { total: 0, count: 0 };
    entry.total += card.score;
    entry.count += 1;
    sums.set(card.stageId, entry);
  }
  return stageIds.map((stageId) => {
    const entry = sums.get(stageId);
    return {
      stageId,
      mean: entry === undefined ? null : entry.total / entry.count,
      cardCount: entry?.count ?? 0,
    };
  });
}
