import { useEffect, useRef, useState } from 'react';
import { commandShortcut } from '../commands/command-label';
import { ToolbarMenu } from '../editor/toolbar/ToolbarMenu';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../shared/domain';
import { formatPercent } from '../../shared/funnel';
import { api, capabilities, errorMessage } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { bytesFromBase64 } from '../desktop/base64';
import { saveFile } from '../desktop/save-file';
import { lazyPart } from '../ui/lazy-part';
import type { PickedFile } from './ImportDialog';
import { useMetricsStore } from './metrics-store';
import { useFunnelView, useOverlayOn } from './use-funnel-view';
import './metrics.css';
import { registerCommand, registerCommands, runCommand } from '../commands/command-registry';

// The import preview brings the CSV parser (papaparse) and the funnel file reader: loaded on first use.
const ImportDialog = lazyPart(() => import('./ImportDialog').then((m) => m.ImportDialog));

/**
 * The editor bar's funnel tools: one "Funnel" menu (show on map, edit numbers in the side panel,
 * import from a file, export as CSV) and the overall conversion. Each item is a command of the
 * command table, so the keyboard, the desktop menu and the palette offer the same. Loads the map's
 * metrics when the map opens.
 */
export function MetricsToolbar({ map }: { map: JourneyMap }) {
  const { t, i18n } = useTranslation();
  const load = useMetricsStore((s) => s.load);
  const close = useMetricsStore((s) => s.close);
  const data = useMetricsStore((s) => s.data);
  const setOverlay = useMetricsStore((s) => s.setOverlay);
  const view = useFunnelView(map);
  const on = useOverlayOn(view);
  const panelOpen = useMetricsStore((s) => s.panelOpen);
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
  // View › Show Funnel on Map in the desktop menu toggles what the menu item shows.
  useEffect(() => registerCommand('view.metricsOverlay', () => setOverlay(!on)), [on, setOverlay]);

  const periodId = data?.activePeriodId ?? null;
  useEffect(() => {
    const exportCsv = async (id: string) => {
      try {
        const { fileName, text } = await api.call('metrics.exportCsv', { periodId: id });
        await saveFile(fileName, new Blob([text], { type: 'text/csv;charset=utf-8' }));
      } catch (caught) {
        setError(errorMessage(caught));
      }
    };
    return registerCommands({
      // Opens the numbers panel beside the map, or closes it again.
      'view.funnelNumbers': () => {
        const store = useMetricsStore.getState();
        store.setPanelOpen(!store.panelOpen);
      },
      'file.exportMetricsCsv': () => (periodId === null ? false : void exportCsv(periodId)),
    });
  }, [periodId]);

  const run = (
    id: 'view.metricsOverlay' | 'view.funnelNumbers' | 'file.importMetrics' | 'file.exportMetricsCsv',
  ) => runCommand(id, { source: 'button' });
  return (
    <div className="metrics-tools">
      <ToolbarMenu
        label={t('metrics.menu.button')}
        menuLabel={t('metrics.menu.label')}
        items={[
          {
            id: 'show',
            label: t('metrics.menu.showOnMap'),
            checked: on,
            shortcut: commandShortcut('view.metricsOverlay'),
            run: () => run('view.metricsOverlay'),
          },
          {
            id: 'edit',
            label: t('metrics.menu.editNumbers'),
            checked: panelOpen,
            run: () => run('view.funnelNumbers'),
          },
          {
            id: 'import',
            label: t('metrics.menu.import'),
            shortcut: commandShortcut('file.importMetrics'),
            run: () => run('file.importMetrics'),
          },
          {
            id: 'export',
            label: t('metrics.menu.export'),
            disabled: periodId === null,
            run: () => run('file.exportMetricsCsv'),
          },
        ]}
      />
      {view.hasNumbers ? (
        <span className="metrics-tools__overall" data-testid="overall-conversion">
          {t('metrics.overall', { value: formatPercent(view.analysis.overallConversion, i18n.language) })}
        </span>
      ) : null}
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
      {error !== null ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
      {picked !== null ? <ImportDialog map={map} file={picked} onClose={() => setPicked(null)} /> : null}
    </div>
  );
}
