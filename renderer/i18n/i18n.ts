import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain';
import { en } from './en';
import { zhCN } from './zh-CN';

export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const;

/** Starts i18next in the given language; call once before the first render. */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    // React escapes text itself; user text must never become HTML anyway.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export { i18next };
