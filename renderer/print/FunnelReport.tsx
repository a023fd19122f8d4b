import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../shared/domain';
import { formatCount, formatMoney, formatPercent } from '../../shared/funnel';
import { FunnelChart } from '../metrics/FunnelChart';
import { HotspotList } from '../metrics/HotspotList';
import type { FunnelView } from '../metrics/funnel-view';
import { StageInsightTable } from '../metrics/StageInsightTable';
import './funnel-report.css';

/**
 * The one-page funnel report: the funnel chart, both conversions, leaks by rate and by customers,
 * benchmark flags, the change against the previous period with its significance, hotspots and the
 * value figures. Static: the same element is printed to PDF and drawn to PNG. The caller provides
 * the language (an i18next provider in the map's language).
 */
export function FunnelReport({ map, view }: { map: Pick<JourneyMap, 'name'>; view: FunnelView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const currency = view.money.currency;
  const last = view.stages[view.stages.length - 1]?.row.count ?? null;
  return (
    <article className="funnel-report" data-testid="funnel-report" lang={language}>
      <header className="funnel-report__header">
        <h1>{t('metrics.report.title')}</h1>
        <p>{t('metrics.report.subtitle', { map: map.name, period: view.period?.name ?? '' })}</p>
        <p>{t('metrics.overall', { value: formatPercent(view.analysis.overallConversion, language) })}</p>
      </header>
      <div className="funnel-report__body">
        <section className="funnel-report__chart">
          <FunnelChart views={[view]} />
        </section>
        <section className="funnel-report__value">
          <h2>{t('metrics.report.value')}</h2>
          {view.insight.revenue !== null ? (
            <p>
              {t('metrics.value.revenue', {
                value: formatMoney(view.insight.revenue, currency, language),
                customers: formatCount(last, language),
                orderValue: formatMoney(view.money.orderValue, currency, language),
              })}
            </p>
          ) : (
            <p>{t('metrics.value.noOrderValue')}</p>
          )}
          {view.insight.lifetimeRevenue !== null ? (
            <p>
              {t('metrics.value.lifetimeRevenue', {
                value: formatMoney(view.insight.lifetimeRevenue, currency, language),
              })}
            </p>
          ) : null}
          {view.previous === null ? <p>{t('metrics.report.noPrevious')}</p> : null}
        </section>
      </div>
      <StageInsightTable view={view} />
      <HotspotList view={view} />
    </article>
  );
}
