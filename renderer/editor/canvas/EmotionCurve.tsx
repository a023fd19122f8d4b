import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { curveBand } from '../../../shared/canvas/curve-band';
import type { MapLayout } from '../../../shared/canvas/layout';
import type { JourneyMap } from '../../../shared/domain';
import {
  curveSegments,
  emotionCurvePoints,
  emotionFace,
  scoreToY,
  smoothPath,
} from '../../../shared/emotion';

const FACE_KEYS = ['veryNegative', 'negative', 'neutral', 'positive', 'veryPositive'] as const;
const FACE_COLORS = ['#dc2626', '#f97316', '#64748b', '#16a34a', '#15803d'] as const;

/** A drawn face (no emoji font needed): the mouth curves with the score. */
function Face({ x, y, score }: { x: number; y: number; score: number }) {
  const bend = score * 2.2; // -4.4 (frown) .. +4.4 (smile)
  const color = FACE_COLORS[score + 2] ?? FACE_COLORS[2];
  return (
    <g transform={`translate(${x} ${y})`}>
      <circle r={11} fill="#fff" stroke={color} strokeWidth={2.5} />
      <circle cx={-3.8} cy={-2.8} r={1.5} fill={color} />
      <circle cx={3.8} cy={-2.8} r={1.5} fill={color} />
      <path
        d={`M -5 3.5 Q 0 ${3.5 + bend} 5 3.5`}
        fill="none"
        stroke={color}
        strokeWidth={2}
        strokeLinecap="round"
      />
    </g>
  );
}

/**
 * The emotion curve: a smooth line through each stage's mean emotion score, drawn in the first lane
 * of kind "emotions", behind the cards. A stage without emotion cards leaves a gap (one path per
 * unbroken run). A map without an emotions lane draws no curve: over another lane it would read as
 * part of that lane and hide its cards.
 */
export const EmotionCurve = memo(function EmotionCurve({
  map,
  layout,
}: {
  map: JourneyMap;
  layout: MapLayout;
}) {
  const { t } = useTranslation();
  const drawing = useMemo(() => {
    const laneIndex = map.lanes.findIndex((l) => l.kind === 'emotions');
    const row = layout.lanes[laneIndex];
    if (laneIndex < 0 || !row) return null;
    const points = emotionCurvePoints(map);
    const centers = layout.stages.map((s) => s.x + s.width / 2);
    const band = curveBand(layout, row);
    const segments = curveSegments(points, centers, (score) => scoreToY(score, band.top, band.height, 16));
    const stageNames = new Map(map.stages.map((s) => [s.id, s.name]));
    const dots = segments.flatMap((segment) =>
      segment.points.map((point, i) => {
        const stageId = segment.stageIds[i] ?? '';
        const mean = points.find((p) => p.stageId === stageId)?.mean ?? 0;
        return { stageId, point, mean, name: stageNames.get(stageId) ?? '' };
      }),
    );
    return { segments, dots };
  }, [map, layout]);

  if (!drawing || drawing.dots.length === 0) return null;
  const describe = drawing.dots
    .map((dot) => {
      const face = emotionFace(dot.mean);
      return t('canvas.curve.point', {
        stage: dot.name,
        label: t(`canvas.face.${FACE_KEYS[face.score + 2] ?? 'neutral'}`),
        score: formatScore(dot.mean),
      });
    })
    .join('; ');

  return (
    <ViewportPortal>
      <svg className="emotion-curve" role="img" aria-label={`${t('canvas.curve.label')}: ${describe}`}>
        {drawing.segments.map((segment) => (
          <g key={segment.stageIds[0]}>
            <path className="emotion-curve__halo" d={smoothPath(segment.points)} />
            <path
              data-testid="emotion-curve"
              className="emotion-curve__line"
              d={smoothPath(segment.points)}
            />
          </g>
        ))}
        {drawing.dots.map((dot) => (
          <g key={dot.stageId} data-testid="emotion-curve-point" data-stage-id={dot.stageId}>
            <Face x={dot.point.x} y={dot.point.y} score={emotionFace(dot.mean).score} />
            <text className="emotion-curve__value" x={dot.point.x + 16} y={dot.point.y + 4}>
              {formatScore(dot.mean)}
            </text>
          </g>
        ))}
      </svg>
    </ViewportPortal>
  );
});

function formatScore(mean: number): string {
  const rounded = Math.round(mean * 10) / 10;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}`;
}
