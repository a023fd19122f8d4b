import { api, errorMessage } from '../api';
import { useLibraryUiStore } from '../library/library-ui-store';
import { navigate } from '../routing/useHashRoute';
import { importOpenedFile } from './app-events';
import { registerCommands } from '../commands/command-registry';
import { useDesktopNotice } from './desktop-notice-store';
import { bytesFromBase64 } from './base64';

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
 * The commands every screen shares, registered once at start: new map (the library's dialog) and
 * import of a map file. Screens and dialogs register their own (the editor's document commands,
 * zoom, shortcuts, export, versions, ...) on top while they are shown.
 */
export function registerDefaultCommands(options: { nativeDialogs: boolean }): () => void {
  const newMap = (): void => {
    navigate({ name: 'library' });
    useLibraryUiStore.getState().openDialog({ kind: 'new' });
  };
  return registerCommands({
    'file.newMap': newMap,
    'file.newFromTemplate': newMap,
    // In a browser the library's own import button opens the file picker; there is no native dialog.
    ...(options.nativeDialogs ? { 'file.importMap': () => void importMapThroughDialog() } : {}),
  });
}
