import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../shared/domain';
import { useCanvasUi } from '../editor/canvas-ui-store';
import { ExportDialog } from './ExportDialog';

/** The editor toolbar's "Export" button and the dialog it opens (PNG of the selection included). */
export function ExportButton({ map }: { map: JourneyMap }) {
  const { t } = useTranslation();
  const selectedCardIds = useCanvasUi((s) => s.selectedCardIds);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => setOpen(true)}>
        {t('export.button')}
      </button>
      {open ? (
        <ExportDialog map={map} selectedCardIds={selectedCardIds} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
