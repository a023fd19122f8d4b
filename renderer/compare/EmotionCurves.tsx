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
  // A's stages sit in B's column of the same id or, for two different maps, of the same name;
  // stages only A has get columns of their own after B's.
  const columnOfB = new Map(b.stages.map((s, i) => [s.id, i]));
  const byName = new Map(b.stages.map((s, i) => [s.name.trim().toLowerCase(), i]));
  const labels = b.stages.map((s) => s.id);
  const columnOfA = new Map<string, number>();
  for (const s of a.stages) {
    const column = columnOfB.get(s.id) ?? byName.get(s.name.trim().toLowerCase());
    if (column !== undefined) columnOfA.set(s.id, column);
    else {
      columnOfA.set(s.id, labels.length);
      labels.push(s.id);
    }
  }
  const xAt = (column: number) => PAD + STEP / 2 + column * STEP;
  const y = (score: number) => PAD + ((2 - score) / 4) * (HEIGHT - 2 * PAD);
  const width = PAD * 2 + Math.max(1, labels.length) * STEP;
  const curve = (map: JourneyMap, columns: ReadonlyMap<string, number>) => {
    const points = emotionCurvePoints(map);
    const xs = points.map((p) => {
      const column = columns.get(p.stageId);
      return column === undefined ? Number.NaN : xAt(column);
    });
    return curveSegments(points, xs, y).map((segment) => smoothPath(segment.points));
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
          {labels.map((id, column) => (
            <text
              key={id}
              x={xAt(column)}
              y={HEIGHT + 20}
              textAnchor="middle"
              className="emotion-curves__label"
            >
              {context.stageName(id)}
            </text>
          ))}
          {curve(a, columnOfA).map((d, i) => (
            <path key={`a${i}`} d={d} className="emotion-curves__a" data-side="a" />
          ))}
          {curve(b, columnOfB).map((d, i) => (
            <path key={`b${i}`} d={d} className="emotion-curves__b" data-side="b" />
          ))}
        </svg>
      ) : null}
    </section>
  );
}
