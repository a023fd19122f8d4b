import { useTranslation } from 'react-i18next';
import type { StageMetricInput } from '../../shared/api';
import { formatPercent } from '../../shared/funnel';
import type { FunnelView } from './funnel-view';
import { MetricCell, type CellReader } from './MetricCell';
import { readCountInput, readNonNegativeInput } from './number-input';
import { saveStagePatch } from './save-stage-metric';

const numberText = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

/** One row per stage of the active period: label, count, target, days in stage, loss reasons. */
export function MetricsTable({ view }: { view: FunnelView }) {
  const { t, i18n } = useTranslation();
  const period = view.period;
  if (period === null) return <p className="metrics-note">{t('metrics.panel.needPeriod')}</p>;
  if (view.stages.length === 0) return <p className="metrics-note">{t('metrics.panel.noStages')}</p>;

  const readCount: CellReader<number | null> = (text) => {
    const reading = readCountInput(text);
    return reading.ok ? reading : { ok: false, message: t('metrics.panel.badCount') };
  };
  const readNumber: CellReader<number | null> = (text) => {
    const reading = readNonNegativeInput(text);
    return reading.ok ? reading : { ok: false, message: t('metrics.panel.badNumber') };
  };
  // A conversion target is a share of the stage's customers: above 100% cannot be reached.
  const readPercent: CellReader<number | null> = (text) => {
    const reading = readNonNegativeInput(text, 100);
    return reading.ok ? reading : { ok: false, message: t('metrics.panel.badPercent') };
  };
  const readText: CellReader<string> = (text) => ({ ok: true, value: text.trim() });

  return (
    <table className="metrics-table">
      <caption className="visually-hidden">{t('metrics.panel.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('metrics.panel.stage')}</th>
          <th scope="col">{t('metrics.panel.metricLabel')}</th>
          <th scope="col">{t('metrics.panel.countHeader')}</th>
          <th scope="col">{t('metrics.panel.targetHeader')}</th>
          <th scope="col">{t('metrics.panel.daysHeader')}</th>
          <th scope="col">{t('metrics.panel.reasonsHeader')}</th>
          <th scope="col">{t('metrics.panel.conversionHeader')}</th>
        </tr>
      </thead>
      <tbody>
        {view.stages.map((stage) => {
          const save = async (patch: Partial<StageMetricInput>) => {
            await saveStagePatch(period.id, stage.stageId, patch);
          };
          const name = { stage: stage.stageName };
          return (
            <tr key={`${period.id}-${stage.stageId}`}>
              <th scope="row">{stage.stageName}</th>
              <td>
                <MetricCell
                  stored={stage.metric?.metricLabel ?? ''}
                  label={t('metrics.panel.metricLabelOf', name)}
                  read={readText}
                  save={(metricLabel) => save({ metricLabel })}
                />
              </td>
              <td>
                <MetricCell
                  stored={numberText(stage.metric?.count)}
                  label={t('metrics.panel.countOf', name)}
                  read={readCount}
                  inputMode="numeric"
                  testId={`count-input-${stage.stageId}`}
                  save={(count) => save({ count })}
                />
              </td>
              <td>
                <MetricCell
                  stored={numberText(stage.metric?.targetConversion)}
                  label={t('metrics.panel.targetOf', name)}
                  read={readPercent}
                  inputMode="decimal"
                  save={(targetConversion) => save({ targetConversion })}
                />
              </td>
              <td>
                <MetricCell
                  stored={numberText(stage.metric?.avgDaysInStage)}
                  label={t('metrics.panel.daysOf', name)}
                  read={readNumber}
                  inputMode="decimal"
                  save={(avgDaysInStage) => save({ avgDaysInStage })}
                />
              </td>
              <td>
                <MetricCell
                  stored={stage.metric?.lossReasons ?? ''}
                  label={t('metrics.panel.reasonsOf', name)}
                  read={readText}
                  save={(lossReasons) => save({ lossReasons })}
                />
              </td>
              <td data-testid={`table-conversion-${stage.stageId}`}>
                {formatPercent(stage.row.conversion, i18n.language)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
