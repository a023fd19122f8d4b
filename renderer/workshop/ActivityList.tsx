import { useTranslation } from 'react-i18next';
import { useWorkshopSession } from './session-store';

/** Who did what, newest first: the facilitator sees every participant's contribution. */
export function ActivityList() {
  const { t } = useTranslation();
  const activity = useWorkshopSession((s) => s.activity);
  if (activity.length === 0) return null;
  return (
    <section className="workshop-section" aria-labelledby="workshop-activity">
      <h3 id="workshop-activity" className="workshop-section__title">
        {t('workshop.panel.activity')}
      </h3>
      <ul className="workshop-activity">
        {activity.map((entry) => (
          <li key={entry.seq}>
            {t(`workshop.activity.${entry.kind}`, { name: entry.who, title: entry.title })}
          </li>
        ))}
      </ul>
    </section>
  );
}
