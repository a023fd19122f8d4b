import { api, errorMessage } from '../api';
import { copySelected, cutSelected, deleteSelection, pasteCards, selectAll } from '../editor/canvas-actions';
import { useEditorStore } from '../editor/store/editor-store';
import { useLibraryUiStore } from '../library/library-ui-store';
import { useMetricsStore } from '../metrics/metrics-store';
import { navigate } from '../routing/useHashRoute';
import { importOpenedFile } from './app-events';
import { registerCommands } from './command-registry';
import { useDesktopNotice } from './desktop-notice-store';
import { bytesFromBase64 } from './save-file';

const inEditor = (): boolean => useEditorStore.getState().map !== null;

/**
 * File › Import map file…: the native Open dialog (a page cannot open a file picker without a click
 * on the page itself), then the same import as a map file handed over by the OS.
 */
async function importMapThroughDialog(): Promise<void> {
  try {
    const { file } = await api.call('files.open', {
      filters: [{ name: 'Journey map', extensions: ['journeymap', 'json'] }],
    });
    if (file) await importOpenedFile(file.name, new TextDecoder().decode(bytesFromBase64(file.base64)));
  } catch (error) {
    useDesktopNotice.getState().setError(errorMessage(error));
  }
}

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
    'file.importMap': () => void importMapThroughDialog(),
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
