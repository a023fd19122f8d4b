import { useTranslation } from 'react-i18next';
import { formatCount, formatMoney, formatPercent } from '../../shared/funnel';
import { BenchmarkFlag } from './BenchmarkFlag';
import { ChangeMark } from './ChangeMark';
import type { FunnelView } from './funnel-view';
import { LeakSummary } from './LeakSummary';
import './insight.css';

/**
 * Per stage: the conversion to the next stage (today's figure) and the share of the first stage that
 * got this far, the benchmark flag, the change against the previous period with its significance,
 * and what closing the stage's leak would be worth.
 */
export function StageInsightTable({ view }: { view: FunnelView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const first = view.stages[0];
  if (first === undefined || view.period === null) return null;
  const firstCount = formatCount(first.row.count, language);
  return (
    <section aria-labelledby="insight-title">
      <h3 id="insight-title">{t('metrics.insight.title')}</h3>
      <LeakSummary view={view} />
      <table className="metrics-table" data-testid="insight-table">
        <thead>
          <tr>
            <th scope="col">{t('metrics.panel.stage')}</th>
            <th scope="col" title={t('metrics.insight.toNextHint')}>
              {t('metrics.insight.toNext')}
            </th>
            <th scope="col" title={t('metrics.insight.ofFirstHint', { first: first.stageName })}>
              {t('metrics.insight.ofFirst')}
            </th>
            <th scope="col">{t('metrics.insight.benchmark')}</th>
            <th scope="col">
              {view.previous !== null
                ? t('metrics.insight.vsPrevious', { period: view.previous.name })
                : t('metrics.insight.vsPreviousNone')}
            </th>
            <th scope="col">{t('metrics.insight.worth')}</th>
          </tr>
        </thead>
        <tbody>
          {view.stages.map((stage, index) => {
            const insight = view.insight.stages[index];
            const closing = insight?.closingValue ?? null;
            const cumulative = formatPercent(insight?.cumulativeConversion ?? null, language);
            return (
              <tr key={stage.stageId} data-testid={`insight-row-${stage.stageId}`}>
                <th scope="row">{stage.stageName}</th>
                <td data-testid={`insight-next-${stage.stageId}`}>
                  {formatPercent(stage.row.conversion, language)}
                </td>
                <td
                  data-testid={`insight-first-${stage.stageId}`}
                  title={t('metrics.insight.ofFirstSentence', {
                    count: firstCount,
                    first: first.stageName,
                    value: cumulative,
                    stage: stage.stageName,
                  })}
                >
                  {cumulative}
                </td>
                <td>
                  <BenchmarkFlag
                    status={insight?.benchmarkStatus ?? null}
                    range={insight?.benchmark ?? null}
                    testId={`insight-benchmark-${stage.stageId}`}
                  />
                </td>
                <td>
                  <ChangeMark change={stage.conversionChange} testId={`insight-change-${stage.stageId}`} />
                </td>
                <td data-testid={`insight-worth-${stage.stageId}`}>
                  {closing === null || insight?.closingGoal == null
                    ? '—'
                    : `${t('metrics.insight.worthValue', {
                        customers: formatCount(closing.customers, language, { signed: true }),
                        revenue: formatMoney(closing.revenue, view.money.currency, language, {
                          signed: true,
                        }),
                      })} ${t('metrics.insight.worthTo', {
                        goal: formatPercent(
                          insight.closingGoal === 'target'
                            ? stage.row.target
                            : (insight.benchmark?.minPercent ?? null),
                          language,
                        ),
                        kind:
                          insight.closingGoal === 'target'
                            ? t('metrics.insight.goalTarget')
                            : t('metrics.insight.goalBenchmark'),
                      })}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
