import { useEffect } from 'react';
import { i18next } from '../../i18n/i18n';
import { hasUnsavedChanges, useEditorStore } from './editor-store';

/**
 * Saves pending edits when the page is hidden or closed (switching apps, closing the window), and
 * asks before closing while edits are not yet stored.
 */
export function useFlushOnLeave(): void {
  useEffect(() => {
    const flush = () => {
      void useEditorStore
        .getState()
        .flush()
        .catch(() => {});
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges()) return;
      flush();
      event.preventDefault();
      // Older engines show the prompt only when returnValue is set.
      event.returnValue = i18next.t('canvas.leavePrompt');
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}
