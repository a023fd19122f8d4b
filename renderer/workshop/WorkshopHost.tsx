import { useEffect } from 'react';
import { registerCommand } from '../commands/command-registry';
import { usePresentation } from '../editor/store/presentation';
import { useWorkshopTimer } from '../workshop-timer/timer-store';
import { useWorkshopSession } from './session-store';
import { lazyPart } from '../ui/lazy-part';
import { timerAction } from './timer-sync';

// The panel (with its QR code encoder) loads when first opened; the session itself runs without it.
const WorkshopPanel = lazyPart(() => import('./WorkshopPanel').then((m) => m.WorkshopPanel));

/**
 * The workshop session inside the editor of `mapId`: answers "Start workshop session", keeps the
 * participants' screens on the facilitator's presentation step (while "follow me" is on) and their
 * timer on the facilitator's, shows the panel, takes up a session still running after a reload,
 * and ends the session when the map is closed.
 */
export function WorkshopHost({ mapId }: { mapId: string }) {
  const panelOpen = useWorkshopSession((s) => s.panelOpen);
  useEffect(
    () =>
      registerCommand('workshop.start', () => {
        void useWorkshopSession.getState().openPanel(mapId);
      }),
    [mapId],
  );

  useEffect(() => {
    const session = () => useWorkshopSession.getState();
    const stopPresentation = usePresentation.subscribe((now, before) => {
      const info = session().info;
      if (!info?.state.presentation.followMe) return;
      if (now.active === before.active && now.index === before.index) return;
      void session().setPresentation(true, now.active ? now.index : null);
    });
    const stopTimer = useWorkshopTimer.subscribe((now, before) => {
      if (!session().info) return;
      const action = timerAction(before, now);
      if (action) void session().setTimer(action);
    });
    return () => {
      stopPresentation();
      stopTimer();
    };
  }, []);

  useEffect(() => {
    // After a reload the session may still run: take it up again before the web host ends it.
    void useWorkshopSession.getState().rejoin(mapId);
  }, [mapId]);

  useEffect(
    () => () => {
      // Closing the map ends its session: the listener closes and every participant is revoked.
      const { info } = useWorkshopSession.getState();
      if (info?.state.mapId === mapId) void useWorkshopSession.getState().end();
      useWorkshopSession.getState().reset();
    },
    [mapId],
  );

  return panelOpen ? <WorkshopPanel mapId={mapId} /> : null;
}
