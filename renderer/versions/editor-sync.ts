import { useEditorStore } from '../editor/store/editor-store';

/** Stores the editor's pending edits first, so a version holds exactly what the user sees. */
export async function flushEditor(): Promise<void> {
  await useEditorStore.getState().flush();
}

/**
 * Shows the map as the backend now has it (after a restore replaced its content). The editor store
 * reloads it and restarts its history and autosave from it; without an open document in the store,
 * the page reloads.
 */
export async function reloadEditor(mapId: string): Promise<void> {
  const store = useEditorStore.getState();
  if (store.mapId === mapId) await store.load(mapId);
  else window.location.reload();
}
