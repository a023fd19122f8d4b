import { parseExportOptions, type PrintOptions } from '../../shared/export';

const PRINT_HASH = /^#\/print\/([A-Za-z0-9_-]{1,64})\/?(?:\?(.*))?$/;

/** The print view's address: `#/print/<mapId>?page=A4&orientation=landscape&mode=fit&...`. */
export interface PrintRoute {
  mapId: string;
  options: PrintOptions;
  /** Open the browser's print dialog once the view is drawn (web mode's "Export PDF"). */
  autoPrint: boolean;
  /** `funnel`: the one-page funnel report of `periodId` instead of the map (issue 15); absent: the map. */
  report?: 'funnel';
  /** The period the funnel report shows; absent: the map's active period. */
  periodId?: string;
}

/** The print route of a hash, or null when the hash is another screen. */
export function parsePrintRoute(hash: string): PrintRoute | null {
  const match = PRINT_HASH.exec(hash);
  if (!match?.[1]) return null;
  const query = match[2] ?? '';
  const { autoPrint, ...options } = parsePrintQuery(query);
  const params = new URLSearchParams(query);
  const periodId = params.get('period');
  return {
    mapId: match[1],
    options,
    autoPrint,
    // Only when asked for, so the map's print route reads as it always did.
    ...(params.get('report') === 'funnel' ? { report: 'funnel' as const } : {}),
    ...(periodId !== null && /^[A-Za-z0-9_-]{1,64}$/.test(periodId) ? { periodId } : {}),
  };
}

/**
 * The hash of a map's one-page funnel report (`#/print/<mapId>?report=funnel&period=<id>`), printed
 * by the same pipeline as the map's PDF.
 */
export function funnelReportHash(
  mapId: string,
  periodId: string | null,
  extra: { autoPrint?: boolean } = {},
): string {
  const params = new URLSearchParams({ report: 'funnel' });
  if (periodId !== null) params.set('period', periodId);
  if (extra.autoPrint) params.set('print', '1');
  return `#/print/${encodeURIComponent(mapId)}?${params.toString()}`;
}

/** The hash of the print view of a map. */
export function printHash(mapId: string, options: PrintOptions, extra: { autoPrint?: boolean } = {}): string {
  return `#/print/${encodeURIComponent(mapId)}?${printQuery(options, extra)}`;
}

/** Query string of the print route (`#/print/<id>?...`). */
export function printQuery(options: PrintOptions, extra: { autoPrint?: boolean } = {}): string {
  const params = new URLSearchParams({
    page: options.pageSize,
    orientation: options.orientation,
    mode: options.pdfMode,
    tileScale: String(options.tileScale),
    curve: options.showCurve ? '1' : '0',
    overlay: options.showOverlay ? '1' : '0',
  });
  if (extra.autoPrint) params.set('print', '1');
  return params.toString();
}

/** Reads the print route's query; unknown or bad values take their defaults. */
export function parsePrintQuery(query: string): PrintOptions & { autoPrint: boolean } {
  const params = new URLSearchParams(query);
  const flag = (name: string): boolean | undefined => {
    const v = params.get(name);
    return v === null ? undefined : v === '1';
  };
  const parsed = parseExportOptions({
    pageSize: params.get('page') ?? undefined,
    orientation: params.get('orientation') ?? undefined,
    pdfMode: params.get('mode') ?? undefined,
    tileScale: params.has('tileScale') ? Number(params.get('tileScale')) : undefined,
    showCurve: flag('curve'),
    showOverlay: flag('overlay'),
  });
  return {
    pageSize: parsed.pageSize,
    orientation: parsed.orientation,
    pdfMode: parsed.pdfMode,
    tileScale: parsed.tileScale,
    showCurve: parsed.showCurve,
    showOverlay: parsed.showOverlay,
    autoPrint: params.get('print') === '1',
  };
}
