import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../shared/domain';
import { registerCommands } from '../commands/command-registry';
import { useEditorUi } from '../editor/store/editor-ui-store';
import { lazyPart } from '../ui/lazy-part';
import { useExportUi } from './export-ui-store';

// The dialog brings the picture renderer (html-to-image) and the map file writer: loaded on first use.
const ExportDialog = lazyPart(() => import('./ExportDialog').then((m) => m.ExportDialog));

/**
 * The editor toolbar's "Export" button and the dialog it opens (PNG of the selection included). The
 * menu's export commands open the same dialog through {@link useExportUi}.
 */
export function ExportButton({ map }: { map: JourneyMap }) {
  const { t } = useTranslation();
  const selectedCardIds = useEditorUi((s) => s.selection.cards);
  const open = useExportUi((s) => s.open);
  const format = useExportUi((s) => s.format);
  const openExport = useExportUi((s) => s.openExport);
  const closeExport = useExportUi((s) => s.closeExport);
  // File > Export PNG / PDF / Map file open this dialog with that format while the editor is shown;
  // leaving the editor closes it, so it never reopens over another map.
  useEffect(() => {
    const open = useExportUi.getState().openExport;
    const unregister = registerCommands({
      'file.exportPng': () => open('png'),
      'file.exportPdf': () => open('pdf'),
      'file.exportMapFile': () => open('mapFile'),
    });
    return () => {
      unregister();
      useExportUi.getState().closeExport();
    };
  }, []);
  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => openExport()}>
        {t('export.button')}
      </button>
      {open ? (
        <ExportDialog
          key={map.id}
          map={map}
          initialFormat={format}
          selectedCardIds={selectedCardIds}
          onClose={closeExport}
        />
      ) : null}
    </>
  );
}
