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
import { EmotionFaceShape } from '../../ui/EmotionFace';
import { CanvasViewportPortal } from './canvas-layers';

const FACE_KEYS = ['veryNegative', 'negative', 'neutral', 'positive', 'veryPositive'] as const;
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
    const first = layout.stages[0];
    const last = layout.stages.at(-1);
    // The band is tinted only where it is free of cards (else it would veil the lane's cards).
    const tint =
      first && last && band.top > row.y
        ? { x: first.x, width: last.x + last.width - first.x, top: band.top, height: band.height }
        : null;
    const zeroY = scoreToY(0, band.top, band.height, 16);
    return { segments, dots, tint, zeroY };
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
    <CanvasViewportPortal>
      <svg className="emotion-curve" role="img" aria-label={`${t('canvas.curve.label')}: ${describe}`}>
        {drawing.tint ? (
          <g data-testid="emotion-band">
            <rect
              className="emotion-band"
              x={drawing.tint.x}
              y={drawing.tint.top}
              width={drawing.tint.width}
              height={drawing.tint.height}
              rx={8}
            />
            <line
              className="emotion-band__zero"
              x1={drawing.tint.x}
              x2={drawing.tint.x + drawing.tint.width}
              y1={drawing.zeroY}
              y2={drawing.zeroY}
            />
          </g>
        ) : null}
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
            <EmotionFaceShape x={dot.point.x} y={dot.point.y} r={13} score={emotionFace(dot.mean).score} />
            <text className="emotion-curve__value" x={dot.point.x + 18} y={dot.point.y + 4}>
              {formatScore(dot.mean)}
            </text>
          </g>
        ))}
      </svg>
    </CanvasViewportPortal>
  );
});

function formatScore(mean: number): string {
  const rounded = Math.round(mean * 10) / 10;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}`;
}
