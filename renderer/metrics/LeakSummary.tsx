import { useTranslation } from 'react-i18next';
import { formatCount, formatPercent } from '../../shared/funnel';
import type { FunnelView } from './funnel-view';

/**
 * The biggest leak by rate and the stage that loses the most customers: one line when they are the
 * same stage, both when they differ (an early stage with a modest rate can lose the most people).
 */
export function LeakSummary({ view }: { view: FunnelView }) {
  const { t, i18n } = useTranslation();
  const { byRate, byCount } = view.insight.leaks;
  const rateStage = byRate === null ? undefined : view.stages[byRate];
  const countStage = byCount === null ? undefined : view.stages[byCount];
  const rate = (index: number | null) =>
    formatPercent(index === null ? null : view.stages[index]?.row.dropOffRate, i18n.language);
  const lost = (index: number | null) =>
    formatCount(index === null ? null : view.stages[index]?.row.dropOff, i18n.language);
  if (rateStage === undefined && countStage === undefined) return null;
  return (
    <ul className="insight-leaks" data-testid="leak-summary">
      {rateStage !== undefined && byRate === byCount ? (
        <li data-testid="leak-same">
          {t('metrics.insight.leakSame', {
            stage: rateStage.stageName,
            rate: rate(byRate),
            count: lost(byRate),
          })}
        </li>
      ) : (
        <>
          {rateStage !== undefined ? (
            <li data-testid="leak-by-rate">
              {t('metrics.insight.leakByRate', { stage: rateStage.stageName, rate: rate(byRate) })}
            </li>
          ) : null}
          {countStage !== undefined ? (
            <li data-testid="leak-by-count">
              {t('metrics.insight.leakByCount', { stage: countStage.stageName, count: lost(byCount) })}
            </li>
          ) : null}
        </>
      )}
    </ul>
  );
}
