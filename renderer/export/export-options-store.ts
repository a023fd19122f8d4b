import { DEFAULT_EXPORT_OPTIONS, parseExportOptions, type ExportOptions } from '../../shared/export';

const key = (mapId: string): string => `journey-map:export-options:${mapId}`;

/** The last export choices for a map (defaults for a first export or unreadable storage). */
export function loadExportOptions(mapId: string): ExportOptions {
  try {
    const text = window.localStorage.getItem(key(mapId));
    return text === null ? DEFAULT_EXPORT_OPTIONS : parseExportOptions(JSON.parse(text));
  } catch {
    return DEFAULT_EXPORT_OPTIONS;
  }
}

/** Remembers the choices for next time; storage being full or disabled is not an export error. */
export function storeExportOptions(mapId: string, options: ExportOptions): void {
  try {
    window.localStorage.setItem(key(mapId), JSON.stringify(options));
  } catch {
    // Nothing to do: the options simply are not remembered.
  }
}
