import { useTranslation } from 'react-i18next';
import type { MapMetrics } from '../../shared/api';
import type { JourneyMap } from '../../shared/domain';
import { formatPercent } from '../../shared/funnel';
import { buildStageTrends } from './trend-rows';
import { TrendSparkline } from './TrendSparkline';

/** Each stage's conversion in every period (a trended funnel), with a sparkline and the change. */
export function TrendsTable({
  map,
  metrics,
}: {
  map: Pick<JourneyMap, 'stages'>;
  metrics: MapMetrics | null;
}) {
  const { t, i18n } = useTranslation();
  const periods = metrics?.periods ?? [];
  const trends = buildStageTrends(map, metrics);
  return (
    <section aria-labelledby="trends-title">
      <h3 id="trends-title">{t('metrics.trends.title')}</h3>
      {periods.length < 2 ? (
        <p className="metrics-note">{t('metrics.trends.needTwo')}</p>
      ) : (
        <>
          <p className="metrics-note">{t('metrics.trends.note')}</p>
          <table className="metrics-table" data-testid="trends-table">
            <thead>
              <tr>
                <th scope="col">{t('metrics.panel.stage')}</th>
                {periods.map((p) => (
                  <th scope="col" key={p.id}>
                    {p.name}
                  </th>
                ))}
                <th scope="col">{t('metrics.trends.change')}</th>
              </tr>
            </thead>
            <tbody>
              {trends.map((trend) => {
                const values = trend.values.map((v) => formatPercent(v, i18n.language));
                return (
                  <tr key={trend.stageId}>
                    <th scope="row">
                      {trend.stageName}{' '}
                      <TrendSparkline
                        line={trend.line}
                        periods={periods.length}
                        label={t('metrics.trends.sparkline', {
                          stage: trend.stageName,
                          values: values.join(', '),
                        })}
                      />
                    </th>
                    {values.map((v, i) => (
                      <td key={periods[i]?.id ?? i}>{v}</td>
                    ))}
                    <td>
                      {trend.line.change === null
                        ? '—'
                        : t('metrics.insight.points', {
                            value: formatPercent(trend.line.change, i18n.language, { signed: true }).replace(
                              /\s?%$/,
                              '',
                            ),
                          })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
