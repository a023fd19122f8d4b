import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevealedDots } from './session-store';

/** The dots a card got in the revealed dot vote, drawn on the card (nothing otherwise). */
export const VoteDots = memo(function VoteDots({ cardId }: { cardId: string }) {
  const { t } = useTranslation();
  const dots = useRevealedDots(cardId);
  if (dots === 0) return null;
  return (
    <span className="vote-dots" data-testid="vote-dots" title={t('workshop.vote.dotCount', { count: dots })}>
      <span aria-hidden="true" className="vote-dots__dot" />
      {dots}
      <span className="visually-hidden">{t('workshop.vote.dotCount', { count: dots })}</span>
    </span>
  );
});
