import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../shared/domain';
import { i18next } from '../i18n/i18n';
import { isLanguage } from '../i18n/language';
import { Icon } from '../ui/Icon';
import { localStorageOrNull, rememberParticipantLanguage } from './participant-language';

/** English / 简体中文 on the participant's own device (remembered there, never sent anywhere). */
export function ParticipantLanguage() {
  const { t } = useTranslation();
  const id = useId();
  const [language, setLanguage] = useState(i18next.language);
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
          setLanguage(next);
          document.documentElement.lang = next;
          rememberParticipantLanguage(localStorageOrNull(), next);
          void i18next.changeLanguage(next);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
