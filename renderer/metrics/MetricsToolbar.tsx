import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../shared/domain';
import { formatPercent } from '../../shared/funnel';
import { api, capabilities, errorMessage } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { bytesFromBase64 } from '../desktop/base64';
import { saveFile } from '../desktop/save-file';
import { ImportDialog, type PickedFile } from './ImportDialog';
import { MetricsPanel } from './MetricsPanel';
import { useMetricsStore } from './metrics-store';
import { useFunnelView, useOverlayOn } from './use-funnel-view';
import './metrics.css';
import { registerCommand } from '../commands/command-registry';

/**
 * The editor bar's metrics tools: the overlay toggle, the overall conversion, the "Funnel metrics"
 * panel, import from a file and export as CSV. Loads the map's metrics when the map opens.
 */
export function MetricsToolbar({ map }: { map: JourneyMap }) {
  const { t, i18n } = useTranslation();
  const load = useMetricsStore((s) => s.load);
  const close = useMetricsStore((s) => s.close);
  const data = useMetricsStore((s) => s.data);
  const setOverlay = useMetricsStore((s) => s.setOverlay);
  const view = useFunnelView(map);
  const on = useOverlayOn(view);
  const [panelOpen, setPanelOpen] = useState(false);
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void load(map.id);
    return () => close();
  }, [map.id, load, close]);
  // File › Import metrics… in the desktop menu: a page cannot open its file picker without a click,
  // so the native Open dialog picks the file; its bytes then go through the same preview. A browser
  // has no native dialog, but a key press or a palette choice lets the page open its own picker.
  useEffect(
    () =>
      registerCommand('file.importMetrics', () => {
        if (!capabilities().nativeDialogs) {
          fileInput.current?.click();
          return;
        }
        void api
          .call('files.open', {
            filters: [{ name: 'CSV / TSV', extensions: ['csv', 'tsv', 'txt'] }],
          })
          .then(
            ({ file }) => {
              if (file) setPicked({ name: file.name, bytes: bytesFromBase64(file.base64) });
            },
            (caught: unknown) => setError(errorMessage(caught)),
          );
      }),
    [],
  );
  // View › Metrics Overlay in the desktop menu toggles what the button shows.
  useEffect(() => registerCommand('view.metricsOverlay', () => setOverlay(!on)), [on, setOverlay]);

  const exportCsv = async () => {
    const periodId = data?.activePeriodId;
    if (!periodId) return;
    try {
      const { fileName, text } = await api.call('metrics.exportCsv', { periodId });
      await saveFile(fileName, new Blob([text], { type: 'text/csv;charset=utf-8' }));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <div className="metrics-tools">
      <button
        type="button"
        className="button button--small metrics-toggle"
        aria-pressed={on}
        title={t('metrics.toggleHint')}
        onClick={() => setOverlay(!on)}
      >
        {t('metrics.toggle')}
      </button>
      {view.hasNumbers ? (
        <span className="metrics-tools__overall" data-testid="overall-conversion">
          {t('metrics.overall', { value: formatPercent(view.analysis.overallConversion, i18n.language) })}
        </span>
      ) : null}
      <button type="button" className="button button--small" onClick={() => setPanelOpen(true)}>
        {t('metrics.openPanel')}
      </button>
      <button type="button" className="button button--small" onClick={() => fileInput.current?.click()}>
        {t('metrics.import')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".csv,.tsv,.txt"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('metrics.import')}
        data-testid="metrics-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          void file.arrayBuffer().then(
            (buffer) => setPicked({ name: file.name, bytes: new Uint8Array(buffer) }),
            (caught: unknown) => setError(errorMessage(caught)),
          );
        }}
      />
      <button
        type="button"
        className="button button--small"
        disabled={!data?.activePeriodId}
        onClick={() => void exportCsv()}
      >
        {t('metrics.export')}
      </button>
      {error !== null ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
      {panelOpen ? <MetricsPanel map={map} onClose={() => setPanelOpen(false)} /> : null}
      {picked !== null ? <ImportDialog map={map} file={picked} onClose={() => setPicked(null)} /> : null}
    </div>
  );
}
