import { useTranslation } from 'react-i18next';
import type { Participant } from '../../shared/workshop';
import { Icon } from '../ui/Icon';
import { useWorkshopSession } from './session-store';

/** Who is in the room, live: connected or not, how many cards each added, and a remove button. */
export function ParticipantList({ participants }: { participants: readonly Participant[] }) {
  const { t } = useTranslation();
  const remove = useWorkshopSession((s) => s.removeParticipant);
  return (
    <section className="workshop-section" aria-labelledby="workshop-participants">
      <h3 id="workshop-participants" className="workshop-section__title">
        {t('workshop.panel.participants', { count: participants.length })}
      </h3>
      {participants.length === 0 ? (
        <p className="muted">{t('workshop.panel.noParticipants')}</p>
      ) : (
        <ul
          className="workshop-participants"
          aria-label={t('workshop.panel.participants', { count: participants.length })}
        >
          {participants.map((p) => (
            <li key={p.id} className="workshop-participants__row" data-connected={p.connected || undefined}>
              <span className="workshop-participants__dot" aria-hidden="true" />
              <span className="workshop-participants__name">{p.displayName}</span>
              <span className="muted">{t('workshop.panel.cardsBy', { count: p.cardCount })}</span>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={t('workshop.panel.remove', { name: p.displayName })}
                title={t('workshop.panel.remove', { name: p.displayName })}
                onClick={() => void remove(p.id)}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
