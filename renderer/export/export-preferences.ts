import { useEffect, useState } from 'react';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../shared/export';
import { api } from '../api';

/**
 * The last export choices for a map, from the library (`preferences.*`, deleted with the map), so
 * they survive a restart of the web host on another port; defaults for a first export or an
 * unreachable library.
 */
export async function loadExportOptions(mapId: string): Promise<ExportOptions> {
  try {
    const preferences = await api.call('preferences.get', { mapId });
    return preferences.map?.exportOptions ?? DEFAULT_EXPORT_OPTIONS;
  } catch {
    return DEFAULT_EXPORT_OPTIONS;
  }
}

/** Remembers the choices for next time; a failed write is not an export error. */
export function storeExportOptions(mapId: string, options: ExportOptions): void {
  api.call('preferences.set', { key: 'exportOptions', mapId, value: options }).catch(() => undefined);
}

/** The stored choices of `mapId`, read once per mount; null until they arrive. */
export function useStoredExportOptions(mapId: string): ExportOptions | null {
  const [stored, setStored] = useState<{ mapId: string; options: ExportOptions } | null>(null);
  useEffect(() => {
    let live = true;
    void loadExportOptions(mapId).then((options) => {
      if (live) setStored({ mapId, options });
    });
    return () => {
      live = false;
    };
  }, [mapId]);
  return stored?.mapId === mapId ? stored.options : null;
}
