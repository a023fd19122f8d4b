import { useCallback } from 'react';
import { chordLabel, COMMAND_LABELS, commandKeys, commandSpec, type CommandId } from '../../shared/commands';
import { KEY_PLATFORM } from './key-platform';
import { useLanguageStore } from '../i18n/language-store';

/** A command's name in the UI language (the same words as its desktop menu item). */
export function useCommandLabel(): (id: string) => string {
  const language = useLanguageStore((s) => s.language);
  return useCallback((id: string) => COMMAND_LABELS[language][id as CommandId] ?? id, [language]);
}

/** A command's first key as written for a person on this platform (`Ctrl+B`, `⌘+B`), or null. */
export function commandShortcut(id: CommandId): string | null {
  const first = commandKeys(commandSpec(id), KEY_PLATFORM)[0];
  return first ? chordLabel(first, KEY_PLATFORM) : null;
}
