import { useTranslation } from 'react-i18next';

/** "by Li Wei" on a card a workshop participant added: the facilitator sees who contributed what. */
export function CardAuthor({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <span className="card-author" aria-hidden="true">
      {t('workshop.cardAuthor', { name })}
    </span>
  );
}
