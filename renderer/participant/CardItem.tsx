import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../shared/domain';
import type { CardAuthor } from '../../shared/workshop';
import { kindStyle } from '../styles/design-tokens';
import { useParticipant } from './participant-store';

export interface CardVoting {
  /** Dots this participant put on the card. */
  mine: number;
  canCast: boolean;
}

/**
 * One card as the participant sees it: kind, title, who added it; their own cards can be edited and
 * deleted (unless the session is locked); during a vote the dot buttons.
 */
export function CardItem({
  card,
  author,
  mineToEdit,
  voting,
  revealedDots,
}: {
  card: Card;
  author: CardAuthor | undefined;
  mineToEdit: boolean;
  voting: CardVoting | null;
  revealedDots: number;
}) {
  const { t } = useTranslation();
  const { editCard, deleteCard, castVote, withdrawVote, busy } = useParticipant();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(card.title);
  const kind = t(`cardKind.${card.kind}`);
  return (
    <li className={`p-card p-card--${card.kind}`} style={kindStyle(card.kind)}>
      <span className="p-card__kind">
        {author ? t('workshop.participant.cardBy', { kind, name: author.displayName }) : kind}
      </span>
      {editing ? (
        <form
          className="p-card__edit"
          onSubmit={(event) => {
            event.preventDefault();
            void editCard(card.id, title.trim()).then((ok) => ok && setEditing(false));
          }}
        >
          <input
            className="input p-input"
            aria-label={t('workshop.participant.editTitle')}
            maxLength={140}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <button
            type="submit"
            className="button button--small button--primary"
            disabled={busy || !title.trim()}
          >
            {t('workshop.participant.save')}
          </button>
          <button type="button" className="button button--small" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <span className="p-card__title">{card.title}</span>
      )}
      {revealedDots > 0 ? (
        <span className="p-card__dots" data-testid="p-revealed-dots">
          {t('workshop.vote.dotCount', { count: revealedDots })}
        </span>
      ) : null}
      {mineToEdit && !editing ? (
        <span className="p-card__actions">
          <button
            type="button"
            className="button button--small button--ghost"
            aria-label={t('workshop.participant.edit', { title: card.title })}
            onClick={() => {
              setTitle(card.title);
              setEditing(true);
            }}
          >
            {t('workshop.participant.editButton')}
          </button>
          <button
            type="button"
            className="button button--small button--ghost"
            aria-label={t('workshop.participant.delete', { title: card.title })}
            onClick={() => void deleteCard(card.id)}
          >
            {t('common.delete')}
          </button>
        </span>
      ) : null}
      {voting ? (
        <span className="p-card__vote">
          <button
            type="button"
            className="button button--small p-dot-button"
            aria-label={t('workshop.participant.withdrawDot', { title: card.title })}
            disabled={busy || voting.mine === 0}
            onClick={() => void withdrawVote(card.id)}
          >
            −
          </button>
          <span className="p-card__my-dots" aria-live="polite">
            {t('workshop.participant.myDots', { count: voting.mine })}
          </span>
          <button
            type="button"
            className="button button--small button--primary p-dot-button"
            aria-label={t('workshop.participant.castDot', { title: card.title })}
            disabled={busy || !voting.canCast}
            onClick={() => void castVote(card.id)}
          >
            +
          </button>
        </span>
      ) : null}
    </li>
  );
}
