import { useTranslation } from 'react-i18next';
import type { VoteState } from '../../shared/workshop';

// No store here: the participant page shows the same ranking and must not pull in the editor.
/** The revealed result, best first; ties share a rank. */
export function VoteRanking({ vote }: { vote: VoteState }) {
  const { t } = useTranslation();
  const results = vote.results ?? [];
  if (results.length === 0) return <p>{t('workshop.vote.noDots')}</p>;
  return (
    <ol className="workshop-ranking" aria-label={t('workshop.vote.ranking')}>
      {results.map((r) => (
        <li key={r.cardId} className="workshop-ranking__row">
          <span className="workshop-ranking__title">
            {t('workshop.vote.rankRow', { rank: r.rank, title: r.title })}
          </span>
          <span className="workshop-ranking__dots">{t('workshop.vote.dotCount', { count: r.dots })}</span>
          {r.voters ? (
            <span className="muted workshop-ranking__voters">
              {t('workshop.vote.voters', {
                names: r.voters.map((v) => `${v.displayName} (${v.dots})`).join(', '),
              })}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
