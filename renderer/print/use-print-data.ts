import { useEffect, useState } from 'react';
import type { JourneyMap } from '../../shared/domain';
import { errorMessage } from '../api';
import type { PrintRoute } from './print-route';

/** What a print page has loaded, why loading failed, and whether the page may be printed. */
export interface PrintData<T> {
  data: T | null;
  error: string | null;
  /** The data and the fonts are in: `data-print-ready` may be set, and printing may start. */
  ready: boolean;
}

/**
 * Loads what a print page shows, once per map, then waits for the fonts before the page counts as
 * ready; with `autoPrint` the page then prints itself. The document takes the map's name as its
 * title, which becomes the PDF's name. `load` must keep its identity (a module-level function).
 */
export function usePrintData<T extends { map: JourneyMap }>(
  route: PrintRoute,
  load: (mapId: string) => Promise<T>,
): PrintData<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      const loaded = await load(route.mapId);
      if (!live) return;
      setData(loaded);
      document.title = loaded.map.name;
      await document.fonts.ready;
      if (live) setReady(true);
    })().catch((e: unknown) => {
      if (live) setError(errorMessage(e));
    });
    return () => {
      live = false;
    };
  }, [route.mapId, load]);

  useEffect(() => {
    if (ready && route.autoPrint) window.print();
  }, [ready, route.autoPrint]);

  return { data, error, ready };
}
