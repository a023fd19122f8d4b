/** Mouth curve per score: a frown at -2 through a flat line at 0 to a wide smile at +2. */
const MOUTH: Record<number, string> = {
  [-2]: 'M7 17 Q12 11 17 17',
  [-1]: 'M8 16 Q12 13 16 16',
  0: 'M8 15 H16',
  1: 'M8 14 Q12 17 16 14',
  2: 'M7 13 Q12 19 17 13',
};
const FILL: Record<number, string> = {
  [-2]: '#fecaca',
  [-1]: '#fed7aa',
  0: '#e2e8f0',
  1: '#bbf7d0',
  2: '#86efac',
};

/**
 * An emotion score as a drawn face. SVG, not emoji: emoji fonts are missing on many Linux desktops.
 * Decorative: the score's label is always written next to it.
 */
export function EmotionFace({ score, size = 22 }: { score: number; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className="emotion-face"
    >
      <circle cx="12" cy="12" r="10" fill={FILL[score] ?? FILL[0]} stroke="#334155" strokeWidth="1.5" />
      <circle cx="9" cy="9.5" r="1.2" fill="#334155" />
      <circle cx="15" cy="9.5" r="1.2" fill="#334155" />
      <path
        d={MOUTH[score] ?? MOUTH[0]}
        fill="none"
        stroke="#334155"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}
