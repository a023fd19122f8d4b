import { useEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../shared/domain';
import { mapFileName } from '../../shared/export';
import { api, errorMessage } from '../api';
import { capabilities } from '../api/capabilities';
import { saveFile } from '../desktop/save-file';
import { renderPng } from '../export/render-png';
import { FunnelReport } from '../print/FunnelReport';
import { funnelReportHash } from '../print/print-route';
import { ErrorAlert } from '../ui/ErrorAlert';
import { buildFunnelView } from './funnel-view';
import { useMetricsStore } from './metrics-store';
import '../print/funnel-report.css';

/**
 * "Funnel report": the one-page report of the period shown, as PDF through the print route (like the
 * map's PDF) or as PNG drawn from the same report element, in the map's language.
 */
export function FunnelReportLinks({ map }: { map: JourneyMap }) {
  const { t, i18n } = useTranslation();
  const data = useMetricsStore((s) => s.data);
  const [drawing, setDrawing] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  const localized = useMemo(() => i18n.cloneInstance({ lng: map.language }), [i18n, map.language]);
  const view = useMemo(() => buildFunnelView(map, data), [map, data]);
  const periodId = data?.activePeriodId ?? null;
  const baseName = `${t('metrics.report.title')} ${map.name}`;

  const pdf = async () => {
    setError(null);
    setStatus('');
    try {
      if (capabilities().printToPdf) {
        const printed = await api.call('files.printToPdf', {
          printHash: funnelReportHash(map.id, periodId),
          suggestedName: mapFileName(baseName, '.pdf'),
        });
        if (printed.saved) setStatus(t('export.done', { name: mapFileName(baseName, '.pdf') }));
      } else {
        const hash = funnelReportHash(map.id, periodId, { autoPrint: true });
        const opened = window.open(`${window.location.pathname}${window.location.search}${hash}`, '_blank');
        if (!opened) throw new Error(t('export.popupBlocked'));
        setStatus(t('export.pdfHint'));
      }
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  // The PNG is drawn once the offscreen report is in the page.
  useEffect(() => {
    if (!drawing) return;
    let live = true;
    (async () => {
      const element = reportRef.current?.firstElementChild;
      if (!(element instanceof HTMLElement)) return;
      const size = { width: element.scrollWidth, height: element.scrollHeight };
      const blob = await renderPng(element, size, { scale: 2, background: 'white' });
      const name = mapFileName(baseName, '.png');
      const { saved } = await saveFile(name, blob);
      if (live && saved) setStatus(t('export.done', { name }));
    })()
      .catch((caught: unknown) => {
        if (live) setError(errorMessage(caught));
      })
      .finally(() => {
        if (live) setDrawing(false);
      });
    return () => {
      live = false;
    };
  }, [drawing, baseName, t]);

  return (
    <section aria-labelledby="funnel-report-title">
      <h3 id="funnel-report-title">{t('metrics.report.open')}</h3>
      {error !== null ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
      <div className="metrics-row">
        <button type="button" className="button button--ghost" onClick={() => void pdf()}>
          {t('metrics.report.pdf')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          disabled={drawing}
          onClick={() => setDrawing(true)}
        >
          {t('metrics.report.png')}
        </button>
        {status !== '' ? <span role="status">{status}</span> : null}
      </div>
      {drawing ? (
        <div className="funnel-report-offscreen" ref={reportRef} aria-hidden="true">
          <I18nextProvider i18n={localized}>
            <FunnelReport map={map} view={view} />
          </I18nextProvider>
        </div>
      ) : null}
    </section>
  );
}
