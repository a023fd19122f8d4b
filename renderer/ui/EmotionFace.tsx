import { emotionFaceToken } from '../../shared/design/tokens';

/**
 * An emotion score as a drawn face, centred on (x, y) with radius r, in the tokens' face colours: the
 * mouth curves from a frown at -2 to a wide smile at +2. SVG, not emoji (emoji fonts are missing on
 * many Linux desktops). The canvas's emotion band, the export picture and the inspector draw this one.
 */
export function EmotionFaceShape({ x, y, r, score }: { x: number; y: number; r: number; score: number }) {
  const token = emotionFaceToken(score);
  const s = r / 11; // drawn at radius 11, scaled
  const bend = Math.max(-2, Math.min(2, Math.round(score))) * 2.2;
  return (
    <g transform={`translate(${x} ${y}) scale(${s})`} data-face-score={Math.round(score)}>
      <circle r={11} fill={token.fill} stroke={token.ink} strokeWidth={2} />
      <circle cx={-3.8} cy={-2.8} r={1.5} fill={token.ink} />
      <circle cx={3.8} cy={-2.8} r={1.5} fill={token.ink} />
      <path
        d={`M -5 3.5 Q 0 ${3.5 + bend} 5 3.5`}
        fill="none"
        stroke={token.ink}
        strokeWidth={2}
        strokeLinecap="round"
      />
    </g>
  );
}

/** The face as its own small picture (the inspector's score picker). Decorative: its label is written beside it. */
export function EmotionFace({ score, size = 22 }: { score: number; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="-12 -12 24 24"
      aria-hidden="true"
      focusable="false"
      className="emotion-face"
    >
      <EmotionFaceShape x={0} y={0} r={11} score={score} />
    </svg>
  );
}
