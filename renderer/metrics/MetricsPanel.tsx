import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodOptions } from './PeriodOptions';
import type { JourneyMap } from '../../shared/domain';
import { formatPercent } from '../../shared/funnel';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FunnelChart } from './FunnelChart';
import { buildFunnelView } from './funnel-view';
import { HotspotList } from './HotspotList';
import { MetricsTable } from './MetricsTable';
import { useMetricsStore } from './metrics-store';
import { PeriodPicker } from './PeriodPicker';
import { WhatIfPanel } from './WhatIfPanel';
import { BenchmarkEditor } from './BenchmarkEditor';
import { FunnelReportLinks } from './FunnelReportLinks';
import { FunnelValueEditor } from './FunnelValueEditor';
import { StageInsightTable } from './StageInsightTable';
import { TrendsTable } from './TrendsTable';

/** The "Funnel metrics" dialog: periods, the numbers table, the funnel chart, hotspots, what-if. */
export function MetricsPanel({ map, onClose }: { map: JourneyMap; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const data = useMetricsStore((s) => s.data);
  const error = useMetricsStore((s) => s.error);
  const clearError = useMetricsStore((s) => s.clearError);
  const [compareId, setCompareId] = useState('');
  const view = useMemo(() => buildFunnelView(map, data), [map, data]);
  const compared = useMemo(
    () => (compareId === '' ? null : buildFunnelView(map, data, compareId)),
    [map, data, compareId],
  );
  const others = data?.periods.filter((p) => p.id !== data.activePeriodId) ?? [];

  return (
    <Dialog
      title={t('metrics.panel.title')}
      onClose={onClose}
      size="large"
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <div className="metrics-panel">
        {error !== null ? <ErrorAlert message={error} onDismiss={clearError} /> : null}
        {data !== null ? <PeriodPicker mapId={map.id} metrics={data} /> : <p>{t('common.loading')}</p>}
        <section aria-labelledby="metrics-table-title">
          <h3 id="metrics-table-title">{t('metrics.panel.table')}</h3>
          <MetricsTable view={view} />
          <p data-testid="panel-overall">
            {t('metrics.overall', { value: formatPercent(view.analysis.overallConversion, i18n.language) })}
          </p>
        </section>
        {view.hasNumbers ? (
          <section aria-labelledby="metrics-chart-title">
            <h3 id="metrics-chart-title">{t('metrics.chart.title')}</h3>
            {others.length > 0 ? (
              <label className="field">
                <span className="field__label">{t('metrics.chart.compare')}</span>
                <select className="select" value={compareId} onChange={(e) => setCompareId(e.target.value)}>
                  <option value="">{t('metrics.chart.compareNone')}</option>
                  <PeriodOptions periods={others} />
                </select>
              </label>
            ) : null}
            <FunnelChart views={compared !== null && compared.period !== null ? [view, compared] : [view]} />
          </section>
        ) : null}
        {view.hasNumbers ? <StageInsightTable view={view} /> : null}
        {data !== null ? <FunnelValueEditor mapId={map.id} view={view} /> : null}
        {data !== null ? <BenchmarkEditor mapId={map.id} view={view} /> : null}
        {view.hasNumbers ? <HotspotList view={view} /> : null}
        {view.hasNumbers ? <WhatIfPanel view={view} /> : null}
        {data !== null ? <TrendsTable map={map} metrics={data} /> : null}
        {view.hasNumbers ? <FunnelReportLinks map={map} /> : null}
      </div>
    </Dialog>
  );
}
