import { useState } from 'react';
import { errorMessage } from '../api';
import { useLanguageStore } from '../i18n/language-store';
import { ErrorAlert } from './ErrorAlert';
import { LanguageSelect } from './LanguageSelect';

/** "Language / 语言" select; the choice is stored in the library and so remembered. */
export function LanguageSwitch() {
  const language = useLanguageStore((s) => s.language);
  const setLanguage = useLanguageStore((s) => s.setLanguage);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="language-switch">
      <LanguageSelect
        value={language}
        onChange={(next) => {
          setError(null);
          setLanguage(next).catch((e: unknown) => setError(errorMessage(e)));
        }}
      />
      {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
    </div>
  );
}
