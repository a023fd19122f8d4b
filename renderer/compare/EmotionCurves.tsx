import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../shared/domain';
import { curveSegments, emotionCurvePoints, smoothPath } from '../../shared/emotion';
import type { ChangeContext } from './change-text';

const STEP = 120;
const HEIGHT = 140;
const PAD = 20;

/** Both sides' emotion curves on one chart: one column per stage (B's order, then stages only A has). */
export function EmotionCurves({ a, b, context }: { a: JourneyMap; b: JourneyMap; context: ChangeContext }) {
  const { t } = useTranslation();
  const titleId = useId();
  const inB = new Set(b.stages.map((s) => s.id));
  const columns = [...b.stages.map((s) => s.id), ...a.stages.filter((s) => !inB.has(s.id)).map((s) => s.id)];
  const xOf = new Map(columns.map((id, i) => [id, PAD + STEP / 2 + i * STEP]));
  const y = (score: number) => PAD + ((2 - score) / 4) * (HEIGHT - 2 * PAD);
  const width = PAD * 2 + Math.max(1, columns.length) * STEP;
  const curve = (map: JourneyMap) => {
    const points = emotionCurvePoints(map);
    return curveSegments(
      points,
      points.map((p) => xOf.get(p.stageId) ?? Number.NaN),
      y,
    ).map((segment) => smoothPath(segment.points));
  };

  const hasEmotion = [a, b].some((map) => emotionCurvePoints(map).some((p) => p.mean !== null));

  return (
    <section className="emotion-curves" aria-labelledby={titleId}>
      <h2 id={titleId} className="compare__heading">
        {t('compare.emotion.title')}
      </h2>
      <p className="muted">{hasEmotion ? t('compare.emotion.description') : t('compare.emotion.none')}</p>
      {hasEmotion ? (
        <svg width={width} height={HEIGHT + 30} role="img" aria-label={t('compare.emotion.description')}>
          <line x1={PAD} x2={width - PAD} y1={y(0)} y2={y(0)} className="emotion-curves__zero" />
          {columns.map((id) => (
            <text
              key={id}
              x={xOf.get(id)}
              y={HEIGHT + 20}
              textAnchor="middle"
              className="emotion-curves__label"
            >
              {context.stageName(id)}
            </text>
          ))}
          {curve(a).map((d, i) => (
            <path key={`a${i}`} d={d} className="emotion-curves__a" data-side="a" />
          ))}
          {curve(b).map((d, i) => (
            <path key={`b${i}`} d={d} className="emotion-curves__b" data-side="b" />
          ))}
        </svg>
      ) : null}
    </section>
  );
}
