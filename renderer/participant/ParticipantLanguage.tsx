import { useState } from 'react';
import type { Language } from '../../shared/domain';
import { i18next } from '../i18n/i18n';
import { isLanguage } from '../i18n/language';
import { LanguageSelect } from '../ui/LanguageSelect';
import { localStorageOrNull, rememberParticipantLanguage } from './participant-language';

/** English / 简体中文 on the participant's own device (remembered there, never sent anywhere). */
export function ParticipantLanguage() {
  const [language, setLanguage] = useState<Language>(() =>
    isLanguage(i18next.language) ? i18next.language : 'en',
  );
  return (
    <div className="language-switch">
      <LanguageSelect
        value={language}
        onChange={(next) => {
          setLanguage(next);
          document.documentElement.lang = next;
          rememberParticipantLanguage(localStorageOrNull(), next);
          void i18next.changeLanguage(next);
        }}
      />
    </div>
  );
}
