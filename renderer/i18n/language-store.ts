import { create } from 'zustand';
import type { Language } from '../../shared/domain';
import { api } from '../api';
import { i18next } from './i18n';

interface LanguageState {
  language: Language;
  /** Switches the UI now and stores the choice in the library so it survives restarts. */
  setLanguage(language: Language): Promise<void>;
}

export const useLanguageStore = create<LanguageState>()((set) => ({
  language: 'en',
  async setLanguage(language) {
    set({ language });
    document.documentElement.lang = language;
    await i18next.changeLanguage(language);
    await api.call('settings.update', { language });
  },
}));
