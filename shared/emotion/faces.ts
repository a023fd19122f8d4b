/** How an emotion score is shown: a face and an i18n key for its label. */
export interface EmotionFace {
  score: -2 | -1 | 0 | 1 | 2;
  emoji: string;
  /** i18n key, e.g. `emotion.veryNegative`; the renderer's locale files hold the text. */
  labelKey: string;
}

/** The five faces, from -2 (very negative) to +2 (very positive), in score order. */
export const EMOTION_FACES: readonly EmotionFace[] = [
  { score: -2, emoji: '😞', labelKey: 'emotion.veryNegative' },
  { score: -1, emoji: '🙁', labelKey: 'emotion.negative' },
  { score: 0, emoji: '😐', labelKey: 'emotion.neutral' },
  { score: 1, emoji: '🙂', labelKey: 'emotion.positive' },
  { score: 2, emoji: '😄', labelKey: 'emotion.veryPositive' },
];

/**
 * The face for a score or a stage mean: rounded to the nearest whole score (halves away from zero, so
 * -0.5 reads as negative and +0.5 as positive) and clamped to -2..2. NaN reads as neutral.
 */
export function emotionFace(score: number): EmotionFace {
  const rounded = Number.isNaN(score) ? 0 : Math.sign(score) * Math.round(Math.abs(score));
  const clamped = Math.min(2, Math.max(-2, rounded));
  return EMOTION_FACES[clamped + 2] as EmotionFace;
}
