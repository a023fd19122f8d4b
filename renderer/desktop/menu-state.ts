import type { MenuState } from '../../shared/api';
import { api } from '../api';
import { useEditorUi } from '../editor/store/editor-ui-store';
import { useEditorStore } from '../editor/store/editor-store';
import { useLanguageStore } from '../i18n/language-store';
import { useMetricsStore } from '../metrics/metrics-store';

/** Whether keyboard focus is in something that edits text (the Edit menu then acts on the text). */
export function isTextEditing(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement) {
    const textTypes = ['text', 'search', 'url', 'email', 'tel', 'password', 'number'];
    return textTypes.includes(el.type) && !el.readOnly && !el.disabled;
  }
  return false;
}

/** The renderer's state as the application menu needs it, read from the stores. */
export function currentMenuState(doc: Document = document): MenuState {
  const editor = useEditorStore.getState();
  const history = useEditorStore.temporal.getState();
  const canvas = useEditorUi.getState();
  const editorOpen = editor.map !== null;
  return {
    editorOpen,
    canUndo: editorOpen && history.pastStates.length > 0,
    canRedo: editorOpen && history.futureStates.length > 0,
    hasSelection: editorOpen && canvas.selection.cards.size + canvas.selection.connections.size > 0,
    textEditing: isTextEditing(doc.activeElement),
    metricsOverlay: editorOpen && useMetricsStore.getState().overlay === true,
    minimap: false,
    language: useLanguageStore.getState().language,
  };
}

/**
 * Reports the menu state to the main process whenever it changes (coalesced to one call per burst
 * of store updates), and once at start, which also tells main that the page now listens for app
 * events. Returns the function that stops reporting.
 */
export function startMenuStateReporter(doc: Document = document): () => void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = (): void => {
    timer = undefined;
    const state = currentMenuState(doc);
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    // The menu is a convenience: a failed report must never disturb the page.
    api.call('desktop.setMenuState', state).catch(() => (last = ''));
  };
  const schedule = (): void => {
    timer ??= setTimeout(send, 30);
  };
  const unsubscribers = [
    useEditorStore.subscribe(schedule),
    useEditorStore.temporal.subscribe(schedule),
    useEditorUi.subscribe(schedule),
    useMetricsStore.subscribe(schedule),
    useLanguageStore.subscribe(schedule),
  ];
  doc.addEventListener('focusin', schedule);
  doc.addEventListener('focusout', schedule);
  send();
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    unsubscribers.forEach((u) => u());
    doc.removeEventListener('focusin', schedule);
    doc.removeEventListener('focusout', schedule);
  };
}
