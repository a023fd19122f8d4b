import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodOptions } from './PeriodOptions';
import type { JourneyMap } from '../../shared/domain';
import { formatPercent } from '../../shared/funnel';
import { SidePanelHeader } from '../editor/panels/SidePanelHeader';
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

/**
 * The funnel numbers panel, docked beside the canvas (not a dialog: the map stays in view and
 * usable while numbers are typed, and the band on it follows every number): periods, the numbers
 * table, the funnel chart, hotspots, what-if. Escape or the close button closes it.
 */
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
  const panel = useRef<HTMLElement>(null);
  // Opening the panel takes the keyboard there; the map behind stays usable with the mouse.
  useEffect(() => panel.current?.focus(), []);

  return (
    <aside
      ref={panel}
      className="metrics-side"
      aria-labelledby="metrics-side-title"
      tabIndex={-1}
      onKeyDown={(event) => {
        // A field's own Escape (cancelling a typed value) is handled there first.
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <SidePanelHeader
        className="metrics-side__header"
        titleId="metrics-side-title"
        title={t('metrics.panel.title')}
        closeLabel={t('metrics.side.close')}
        onClose={onClose}
      />
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
    </aside>
  );
}
