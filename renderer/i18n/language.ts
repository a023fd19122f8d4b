import { LANGUAGES, type Language } from '../../shared/domain';

/** The UI language for a browser language tag: any Chinese variant gets Simplified Chinese. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice if there is one, else the system's language. */
export function resolveLanguage(
  stored: Language | null | undefined,
  systemLocale: string | undefined,
): Language {
  return stored ?? languageFromLocale(systemLocale);
}
