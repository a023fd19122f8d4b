import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../shared/domain';
import { errorMessage } from '../api';
import { isLanguage } from '../i18n/language';
import { useLanguageStore } from '../i18n/language-store';
import { ErrorAlert } from './ErrorAlert';
import { Icon } from './Icon';

/** "Language / 语言" select; the choice is stored in the library and so remembered. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguageStore((s) => s.language);
  const setLanguage = useLanguageStore((s) => s.setLanguage);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="language-switch">
      <label htmlFor={id} className="language-switch__label">
        <Icon name="globe" />
        <span>{t('language.label')}</span>
      </label>
      <select
        id={id}
        className="select"
        value={language}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLanguage(next)) return;
          setError(null);
          setLanguage(next).catch((e: unknown) => setError(errorMessage(e)));
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
      {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
    </div>
  );
}
