import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/** An API error for people: announced at once (role alert), dismissible. */
export function ErrorAlert({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert" role="alert">
      <Icon name="alert" />
      <span className="alert__message">{message}</span>
      {onDismiss ? (
        <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
