import type { Language } from '../../shared/domain';
import { isLanguage, languageFromLocale } from '../i18n/language';

// The participant's own choice, on their own device: there is no library to store it in.
const STORAGE_KEY = 'journey-workshop-language';

/** The participant page's language: the one chosen on this device before, else the browser's. */
export function participantLanguage(storage: Pick<Storage, 'getItem'> | null, locale: string): Language {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage refused (private mode): follow the browser.
  }
  return isLanguage(stored) ? stored : languageFromLocale(locale);
}

/** Remembers the participant's choice on this device (best effort). */
export function rememberParticipantLanguage(
  storage: Pick<Storage, 'setItem'> | null,
  language: Language,
): void {
  try {
    storage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; the page still switches.
  }
}

/** The page's local storage; null where the browser refuses it (private mode, blocked storage). */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
