import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSnapshot } from '../../shared/domain';
import { biggestLeakMoved, metricDeltas, metricsOfPeriod } from '../../shared/diff';
import { formatCount, formatPercent } from '../../shared/funnel/format';
import { ChangeMark } from '../metrics/ChangeMark';
import type { ChangeContext } from './change-text';
import { deltaSignificance } from './delta-significance';

const lastPeriodId = (s: MapSnapshot): string => s.periods[s.periods.length - 1]?.id ?? '';

/** Per-stage funnel deltas between a chosen period of each side, and whether the biggest leak moved. */
export function MetricDeltas({ a, b, context }: { a: MapSnapshot; b: MapSnapshot; context: ChangeContext }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const idA = useId();
  const idB = useId();
  const [periodA, setPeriodA] = useState(() => lastPeriodId(a));
  const [periodB, setPeriodB] = useState(() => lastPeriodId(b));

  if (a.periods.length === 0 && b.periods.length === 0) {
    return (
      <section className="metric-deltas" aria-labelledby={`${idA}-title`}>
        <h2 id={`${idA}-title`} className="compare__heading">
          {t('compare.metrics.title')}
        </h2>
        <p className="muted">{t('compare.metrics.noMetrics')}</p>
      </section>
    );
  }

  const deltas = metricDeltas(
    metricsOfPeriod(a.metrics, periodA),
    metricsOfPeriod(b.metrics, periodB),
    b.map.stages,
    a.map.stages,
  );
  const leak = biggestLeakMoved(deltas);
  const significance = deltaSignificance(
    metricsOfPeriod(a.metrics, periodA),
    metricsOfPeriod(b.metrics, periodB),
    b.map.stages,
    a.map.stages,
  );
  const stage = (id: string | null) => (id === null ? t('compare.metrics.nowhere') : context.stageName(id));
  const points = (v: number | null) =>
    v === null
      ? '—'
      : t('compare.metrics.points', {
          value: new Intl.NumberFormat(lang, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(
            v,
          ),
        });

  return (
    <section className="metric-deltas" aria-labelledby={`${idA}-title`}>
      <h2 id={`${idA}-title`} className="compare__heading">
        {t('compare.metrics.title')}
      </h2>
      <div className="metric-deltas__periods">
        <label htmlFor={idA}>{t('compare.metrics.periodA')}</label>
        <select id={idA} className="input" value={periodA} onChange={(e) => setPeriodA(e.target.value)}>
          <option value="">{t('compare.metrics.none')}</option>
          {a.periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <label htmlFor={idB}>{t('compare.metrics.periodB')}</label>
        <select id={idB} className="input" value={periodB} onChange={(e) => setPeriodB(e.target.value)}>
          <option value="">{t('compare.metrics.none')}</option>
          {b.periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <table className="metric-deltas__table">
        <thead>
          <tr>
            <th scope="col">{t('compare.metrics.stage')}</th>
            <th scope="col">{t('compare.metrics.countA')}</th>
            <th scope="col">{t('compare.metrics.countB')}</th>
            <th scope="col">{t('compare.metrics.countDelta')}</th>
            <th scope="col">{t('compare.metrics.conversionA')}</th>
            <th scope="col">{t('compare.metrics.conversionB')}</th>
            <th scope="col">{t('compare.metrics.conversionDelta')}</th>
            <th scope="col">{t('compare.metrics.significance')}</th>
          </tr>
        </thead>
        <tbody>
          {deltas.map((d) => (
            <tr key={d.stageId} data-stage-id={d.stageId}>
              <th scope="row">{context.stageName(d.stageId)}</th>
              <td>{formatCount(d.countBefore, lang)}</td>
              <td>{formatCount(d.countAfter, lang)}</td>
              <td data-delta="count">{formatCount(d.countDelta, lang, { signed: true })}</td>
              <td>{formatPercent(d.conversionBefore, lang)}</td>
              <td>{formatPercent(d.conversionAfter, lang)}</td>
              <td data-delta="conversion">{points(d.conversionDeltaPoints)}</td>
              <td data-delta="significance">
                <ChangeMark change={significance.get(d.stageId) ?? null} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="metric-deltas__leak" data-leak-moved={leak.moved ? 'true' : 'false'}>
        {leak.before === null && leak.after === null
          ? t('compare.metrics.leakNone')
          : leak.moved
            ? t('compare.metrics.leakMoved', { from: stage(leak.before), to: stage(leak.after) })
            : t('compare.metrics.leakSame', { stage: stage(leak.after) })}
      </p>
    </section>
  );
}
