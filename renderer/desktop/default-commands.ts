import { copySelected, cutSelected, deleteSelection, pasteCards, selectAll } from '../editor/canvas-actions';
import { useEditorStore } from '../editor/store/editor-store';
import { useLibraryUiStore } from '../library/library-ui-store';
import { useMetricsStore } from '../metrics/metrics-store';
import { navigate } from '../routing/useHashRoute';
import { registerCommands } from './command-registry';

const inEditor = (): boolean => useEditorStore.getState().map !== null;

/**
 * The commands every screen shares, registered once at start: new map (the library's dialog), the
 * editor's undo history and clipboard, and the metrics overlay. Screens and dialogs register their
 * own (zoom, shortcuts, export, versions, ...) on top while they are shown.
 */
export function registerDefaultCommands(): () => void {
  const newMap = (): void => {
    navigate({ name: 'library' });
    useLibraryUiStore.getState().openDialog({ kind: 'new' });
  };
  const whenEditing = (run: () => unknown) => () => {
    if (inEditor()) void run();
  };
  return registerCommands({
    'file.newMap': newMap,
    'file.newFromTemplate': newMap,
    'edit.undo': whenEditing(() => useEditorStore.getState().undo()),
    'edit.redo': whenEditing(() => useEditorStore.getState().redo()),
    'edit.cut': whenEditing(cutSelected),
    'edit.copy': whenEditing(copySelected),
    'edit.paste': whenEditing(pasteCards),
    'edit.delete': whenEditing(deleteSelection),
    'edit.selectAll': whenEditing(selectAll),
    'view.metricsOverlay': whenEditing(() => {
      const metrics = useMetricsStore.getState();
      metrics.setOverlay(metrics.overlay !== true);
    }),
  });
}
