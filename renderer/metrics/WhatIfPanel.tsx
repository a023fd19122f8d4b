import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatMoney, formatPercent, projectWhatIf, whatIfValue } from '../../shared/funnel';
import type { FunnelView } from './funnel-view';
import { useMetricsStore } from './metrics-store';

/**
 * Change one stage's conversion and see what every later stage and the overall conversion would
 * be. Only a projection: the stored numbers are untouched, and Reset goes back to them.
 */
export function WhatIfPanel({ view }: { view: FunnelView }) {
  const { t, i18n } = useTranslation();
  const whatIf = useMetricsStore((s) => s.whatIf);
  const setWhatIf = useMetricsStore((s) => s.setWhatIf);
  const id = useId();
  const candidates = view.stages.slice(0, -1).filter((s) => s.row.conversion !== null);
  if (candidates.length === 0) return null;

  const chosen = candidates.find((s) => s.stageId === whatIf?.stageId) ?? candidates[0];
  if (!chosen) return null;
  const stageIndex = view.stages.indexOf(chosen);
  const current = chosen.row.conversion ?? 0;
  const conversion = whatIf !== null && whatIf.stageId === chosen.stageId ? whatIf.conversion : current;
  const counts = view.stages.map((s) => s.row.count);
  const projection = projectWhatIf(counts, stageIndex, conversion);
  const worth = whatIfValue(counts, stageIndex, conversion, view.money);
  const language = i18n.language;
  const next = view.stages[stageIndex + 1];
  const worthText = {
    from: chosen.stageName,
    to: next?.stageName ?? '',
    current: formatPercent(current, language),
    projected: formatPercent(conversion, language),
    customers: formatCount(worth.customers, language, { signed: true }),
    revenue: formatMoney(worth.revenue, view.money.currency, language, { signed: true }),
  };
  const set = (value: number) => {
    if (Number.isFinite(value) && value >= 0) setWhatIf({ stageId: chosen.stageId, conversion: value });
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('metrics.whatIf.title')}</h3>
      <p className="metrics-note">{t('metrics.whatIf.note')}</p>
      <div className="metrics-row">
        <label className="field">
          <span className="field__label">{t('metrics.whatIf.stage')}</span>
          <select
            className="select"
            value={chosen.stageId}
            onChange={(event) => {
              const stage = candidates.find((s) => s.stageId === event.target.value);
              if (stage) setWhatIf({ stageId: stage.stageId, conversion: stage.row.conversion ?? 0 });
            }}
          >
            {candidates.map((s) => (
              <option key={s.stageId} value={s.stageId}>
                {s.stageName}
              </option>
            ))}
          </select>
        </label>
        <input
          type="range"
          min={0}
          max={100}
          step={0.5}
          aria-label={t('metrics.whatIf.slider')}
          value={Math.min(100, conversion)}
          onChange={(event) => set(Number(event.target.value))}
        />
        <label className="field">
          <span className="field__label">{t('metrics.whatIf.conversion')}</span>
          <input
            className="input"
            type="number"
            min={0}
            step={0.1}
            value={Math.round(conversion * 10) / 10}
            onChange={(event) => set(Number(event.target.value))}
          />
        </label>
        <button type="button" className="button" onClick={() => setWhatIf(null)}>
          {t('metrics.whatIf.reset')}
        </button>
      </div>
      <table className="metrics-table">
        <thead>
          <tr>
            <th scope="col">{t('metrics.panel.stage')}</th>
            <th scope="col">{t('metrics.whatIf.current')}</th>
            <th scope="col">{t('metrics.whatIf.projected')}</th>
          </tr>
        </thead>
        <tbody>
          {view.stages.map((s, index) => (
            <tr key={s.stageId}>
              <th scope="row">{s.stageName}</th>
              <td>{formatCount(s.row.count, i18n.language)}</td>
              <td data-testid={`whatif-count-${s.stageId}`}>
                {formatCount(projection.counts[index] ?? null, i18n.language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="whatif-value">
        {worth.revenue !== null
          ? t('metrics.value.whatIf', worthText)
          : t('metrics.value.whatIfNoMoney', worthText)}
      </p>
      <p data-testid="whatif-overall">
        {t('metrics.whatIf.projectedOverall', {
          value: formatPercent(projection.overallConversion, i18n.language),
        })}
      </p>
    </section>
  );
}
