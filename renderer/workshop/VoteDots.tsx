import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevealedDots } from './session-store';

/**
 * The dots a card got in the revealed dot vote, drawn on the card (nothing otherwise). Every card
 * has one, so the translation hook is only taken by a card that has dots: a thousand of them cost
 * about 40 ms when a large map opened.
 */
export const VoteDots = memo(function VoteDots({ cardId }: { cardId: string }) {
  const dots = useRevealedDots(cardId);
  return dots === 0 ? null : <DotCount dots={dots} />;
});

function DotCount({ dots }: { dots: number }) {
  const { t } = useTranslation();
  return (
    <span className="vote-dots" data-testid="vote-dots" title={t('workshop.vote.dotCount', { count: dots })}>
      <span aria-hidden="true" className="vote-dots__dot" />
      {dots}
      <span className="visually-hidden">{t('workshop.vote.dotCount', { count: dots })}</span>
    </span>
  );
}
