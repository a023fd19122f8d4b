import type { AppEvent, OnAppEvent } from '../../shared/api/events';
import { api, errorMessage } from '../api';
import { i18next } from '../i18n/i18n';
import { useLanguageStore } from '../i18n/language-store';
import { navigate } from '../routing/useHashRoute';
import { runCommand } from '../commands/command-registry';
import { useDesktopNotice } from './desktop-notice-store';

/** Imports a map file the OS handed over (double-click, second launch) and opens it. */
export async function importOpenedFile(fileName: string, text: string): Promise<void> {
  const notice = useDesktopNotice.getState();
  notice.setStatus(i18next.t('desktop.openFile.importing', { name: fileName }));
  try {
    const result = await api.call('maps.importFile', { text, fileName });
    notice.setStatus(null);
    navigate({ name: 'map', id: result.map.id });
  } catch (error) {
    notice.setError(i18next.t('desktop.openFile.failed', { name: fileName, message: errorMessage(error) }));
  }
}

/** Does what one event from the main process asks. */
export function handleAppEvent(event: AppEvent): void {
  switch (event.type) {
    case 'menu':
      // A command nothing on screen answers does nothing (its menu item is normally disabled).
      runCommand(event.command);
      return;
    case 'languageChanged':
      // Main already stored it; setLanguage stores it again, which is harmless and keeps one path.
      void useLanguageStore.getState().setLanguage(event.language);
      return;
    case 'openFile':
      void importOpenedFile(event.fileName, event.text);
      return;
  }
}

/** Subscribes the renderer to the main process's events; returns the unsubscribe function. */
export function startAppEvents(subscribe: OnAppEvent): () => void {
  return subscribe(handleAppEvent);
}
