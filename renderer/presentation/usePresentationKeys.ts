import { useEffect } from 'react';
import { stepAfterKey } from '../../shared/canvas/presentation-steps';
import { presentation } from '../editor/store/presentation';

function isField(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || el.matches('input, textarea, select'));
}

/**
 * While presenting, the keys of a presenter: arrows, Page Up/Down (what clickers send), Space and
 * Backspace, Home/End; Esc leaves. Listened to on the window in the capture phase, so the editor's
 * own keys (arrows nudge cards, Backspace deletes) never see them. Space and Enter on a focused
 * button of the presentation bar press that button instead.
 */
export function usePresentationKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector('dialog[open]')) return;
      const p = presentation();
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        p.stop();
        return;
      }
      // F5 again must not reload the page (and lose the presentation).
      if (event.key === 'F5') {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      if (isField(event.target)) return;
      const onButton = event.target instanceof HTMLElement && event.target.closest('button') !== null;
      if (onButton && (event.key === ' ' || event.key === 'Enter')) return;
      const next = stepAfterKey(event.key, event.shiftKey, p.index, p.total);
      if (next === null) return;
      event.preventDefault();
      event.stopPropagation();
      p.setStep(next);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
