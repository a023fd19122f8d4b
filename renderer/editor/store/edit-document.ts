import type { JourneyMap } from '../../../shared/domain';
import { useEditorStore } from './editor-store';

/** One undoable edit of the open map; false when it was refused (the reason shows in `editError`). */
export function editDocument(updater: (map: JourneyMap) => JourneyMap): boolean {
  return useEditorStore.getState().edit(updater);
}
