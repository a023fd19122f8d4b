import { useTranslation } from 'react-i18next';
import { useCommandLabel } from '../commands/command-label';
import { useWorkshopSession } from './session-store';

/** The editor bar's way into the session: "Start workshop session", or the live participant count. */
export function WorkshopButton({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  const commandLabel = useCommandLabel();
  const running = useWorkshopSession((s) => s.info !== null);
  const count = useWorkshopSession((s) => s.info?.participants.length ?? 0);
  const open = useWorkshopSession((s) => s.panelOpen);
  return (
    <button
      type="button"
      className={`button${running ? ' button--primary' : ' button--ghost'}`}
      aria-expanded={open}
      onClick={() =>
        open
          ? useWorkshopSession.getState().closePanel()
          : void useWorkshopSession.getState().openPanel(mapId)
      }
    >
      {running
        ? `${t('workshop.panel.title')} · ${t('workshop.panel.participants', { count })}`
        : commandLabel('workshop.start')}
    </button>
  );
}
