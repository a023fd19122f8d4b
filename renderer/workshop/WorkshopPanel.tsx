import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_CARD_KINDS, type ParticipantCardKind } from '../../shared/workshop';
import { useCommandLabel } from '../commands/command-label';
import { usePresentation } from '../editor/store/presentation';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SidePanelHeader } from '../editor/panels/SidePanelHeader';
import { ActivityList } from './ActivityList';
import { JoinInfo } from './JoinInfo';
import { ParticipantList } from './ParticipantList';
import { useWorkshopSession } from './session-store';
import { VoteControls } from './VoteControls';
import './workshop.css';

/**
 * The facilitator's session panel, beside the canvas: before a session, the network address to
 * offer and the start button; during one, how to join (QR code, code, link), who is in, the
 * controls (lock, allowed card kinds, follow me, the dot vote), what happened, and the end.
 */
export function WorkshopPanel({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  const s = useWorkshopSession();
  const [confirmEnd, setConfirmEnd] = useState(false);
  if (!s.panelOpen) return null;
  const info = s.info;
  return (
    <aside className="workshop-panel" aria-labelledby="workshop-panel-title">
      <SidePanelHeader
        className="workshop-panel__header"
        titleId="workshop-panel-title"
        title={t('workshop.panel.title')}
        closeLabel={t('workshop.panel.close')}
        onClose={s.closePanel}
      />
      <div className="workshop-panel__body">
        {s.error ? (
          <ErrorAlert message={s.error} onDismiss={() => useWorkshopSession.setState({ error: null })} />
        ) : null}
        {s.ended ? (
          <p role="status" className="workshop-panel__ended">
            {t('workshop.panel.ended', { name: s.ended.name })}
          </p>
        ) : null}
        {!info ? (
          <StartForm mapId={mapId} />
        ) : (
          <>
            <JoinInfo info={info} />
            <ParticipantList participants={info.participants} />
            <section className="workshop-section">
              <label className="workshop-check">
                <input
                  type="checkbox"
                  checked={info.state.locked}
                  disabled={s.busy !== null}
                  onChange={(e) => void s.setLocked(e.target.checked)}
                />
                {t('workshop.panel.lock')}
              </label>
              <p className="muted workshop-check__hint">{t('workshop.panel.lockHint')}</p>
              <FollowMe followMe={info.state.presentation.followMe} />
              <fieldset className="workshop-kinds">
                <legend className="field__label">{t('workshop.panel.allowedKinds')}</legend>
                {PARTICIPANT_CARD_KINDS.map((kind) => (
                  <label key={kind} className="workshop-check">
                    <input
                      type="checkbox"
                      checked={info.state.allowedKinds.includes(kind)}
                      disabled={s.busy !== null}
                      onChange={(e) =>
                        void s.setAllowedKinds(toggled(info.state.allowedKinds, kind, e.target.checked))
                      }
                    />
                    {t(`cardKind.${kind}`)}
                  </label>
                ))}
              </fieldset>
            </section>
            <VoteControls vote={info.state.vote} participantCount={info.participants.length} />
            <ActivityList />
            <div className="workshop-panel__end">
              <button
                type="button"
                className="button button--danger"
                disabled={s.busy !== null}
                onClick={() => setConfirmEnd(true)}
              >
                {t('workshop.panel.end')}
              </button>
            </div>
          </>
        )}
      </div>
      {confirmEnd && info ? (
        <ConfirmDialog
          title={t('workshop.panel.endTitle')}
          message={t('workshop.panel.endMessage', { name: info.state.name })}
          confirmLabel={t('workshop.panel.end')}
          onConfirm={() => s.end()}
          onClose={() => setConfirmEnd(false)}
        />
      ) : null}
    </aside>
  );
}

function StartForm({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  const s = useWorkshopSession();
  const commandLabel = useCommandLabel();
  return (
    <form
      className="workshop-start"
      onSubmit={(event) => {
        event.preventDefault();
        void s.start(mapId);
      }}
    >
      <p>{t('workshop.panel.intro')}</p>
      <label className="field">
        <span className="field__label">{t('workshop.panel.address')}</span>
        <select
          className="select"
          value={s.address ?? ''}
          onChange={(e) => s.setAddress(e.target.value)}
          aria-describedby="workshop-address-hint"
        >
          {s.interfaces.map((i) => (
            <option key={`${i.name}-${i.address}`} value={i.address}>
              {`${i.address} (${i.name})`}
            </option>
          ))}
        </select>
      </label>
      <p id="workshop-address-hint" className="muted">
        {t('workshop.panel.addressHint')}
      </p>
      <div className="workshop-actions">
        <button type="submit" className="button button--primary" disabled={!s.address || s.busy !== null}>
          {s.busy === 'starting' ? t('workshop.panel.starting') : commandLabel('workshop.start')}
        </button>
      </div>
    </form>
  );
}

/** "Participants follow my presentation step": sends the step shown now when it is switched on. */
function FollowMe({ followMe }: { followMe: boolean }) {
  const { t } = useTranslation();
  const setPresentation = useWorkshopSession((s) => s.setPresentation);
  return (
    <label className="workshop-check">
      <input
        type="checkbox"
        checked={followMe}
        onChange={(e) => {
          const p = usePresentation.getState();
          void setPresentation(e.target.checked, p.active ? p.index : null);
        }}
      />
      {t('workshop.panel.followMe')}
    </label>
  );
}

function toggled(
  kinds: readonly ParticipantCardKind[],
  kind: ParticipantCardKind,
  on: boolean,
): ParticipantCardKind[] {
  return PARTICIPANT_CARD_KINDS.filter((k) => (k === kind ? on : kinds.includes(k)));
}
