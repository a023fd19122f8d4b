import { useCallback } from 'react';
import { COMMAND_LABELS, type CommandId } from '../../shared/commands';
import { useLanguageStore } from '../i18n/language-store';

/** A command's name in the UI language (the same words as its desktop menu item). */
export function useCommandLabel(): (id: string) => string {
  const language = useLanguageStore((s) => s.language);
  return useCallback((id: string) => COMMAND_LABELS[language][id as CommandId] ?? id, [language]);
}
