import { useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { MapMetrics } from '../../shared/api';
import type { JourneyMap } from '../../shared/domain';
import { api } from '../api';
import { buildFunnelView } from '../metrics/funnel-view';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FunnelReport } from './FunnelReport';
import type { PrintRoute } from './print-route';
import { usePrintData } from './use-print-data';

async function loadReport(mapId: string): Promise<{ map: JourneyMap; metrics: MapMetrics }> {
  const [map, metrics] = await Promise.all([
    api.call('maps.get', { id: mapId }),
    api.call('metrics.listPeriods', { mapId }),
  ]);
  return { map, metrics };
}

/**
 * The funnel report as its own page (`#/print/<mapId>?report=funnel&period=<id>`), printed to PDF by
 * the same pipeline as the map: window.print in web mode, printToPDF in the desktop app, page.pdf in
 * tests. It speaks the map's language; `data-print-ready` appears once the numbers and fonts are in.
 */
export function FunnelReportView({ route }: { route: PrintRoute }) {
  const { i18n } = useTranslation();
  const { data: loaded, error, ready } = usePrintData(route, loadReport);

  const language = loaded?.map.language ?? i18n.language;
  const localized = useMemo(() => i18n.cloneInstance({ lng: language }), [i18n, language]);
  const view = useMemo(
    () =>
      loaded === null
        ? null
        : buildFunnelView(loaded.map, loaded.metrics, route.periodId ?? loaded.metrics.activePeriodId),
    [loaded, route.periodId],
  );

  if (error !== null) {
    return (
      <main className="print-message">
        <ErrorAlert message={error} />
      </main>
    );
  }
  if (loaded === null || view === null) return <main className="print-message" role="status" />;
  return (
    <I18nextProvider i18n={localized}>
      {/* @page must be global; it is set here, on the report's own page, and nowhere else. */}
      <style>{'@page { size: A4 portrait; margin: 10mm; }'}</style>
      <main data-print-ready={ready ? 'true' : undefined}>
        <FunnelReport map={loaded.map} view={view} />
      </main>
    </I18nextProvider>
  );
}
