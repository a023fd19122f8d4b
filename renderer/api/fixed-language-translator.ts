import { createInstance } from 'i18next';
import { resources } from '../i18n/i18n';
import type { ErrorTranslator } from './error-message';

/**
 * An {@link ErrorTranslator} for one fixed language with the app's texts, apart from the app's own
 * i18next (which follows the UI language): for tests that say an error in both languages side by side.
 */
export function fixedLanguageTranslator(language: 'en' | 'zh-CN'): ErrorTranslator {
  const i18n = createInstance();
  void i18n.init({
    resources,
    lng: language,
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return {
    t: i18n.t.bind(i18n) as unknown as ErrorTranslator['t'],
    exists: (key) => i18n.exists(key),
    language,
  };
}
