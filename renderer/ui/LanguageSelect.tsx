import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain';
import { isLanguage } from '../i18n/language';
import { Icon } from './Icon';

/**
 * The "Language / 语言" select itself; where the choice is kept is the caller's business (the app's
 * library, or the participant's own browser). No api import here: the participant page uses it too.
 */
export function LanguageSelect({ value, onChange }: { value: Language; onChange(language: Language): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="language-switch__label">
        <Icon name="globe" />
        <span>{t('language.label')}</span>
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => {
          const next = event.target.value;
          if (isLanguage(next)) onChange(next);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </>
  );
}
