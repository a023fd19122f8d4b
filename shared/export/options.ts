import { z } from 'zod';
import { CONNECTION_COLORS, EMOTION_BAND } from '../design/tokens';
import { PAGE_SIZE_NAMES, type PageSizeName } from './tiling';

/**
 * Colours the exports draw edges and the emotion curve with (from the design tokens), distinct from
 * every card kind's colour so tests can find them.
 */
export const EXPORT_COLORS = {
  /** Connections between cards (orange). */
  edge: CONNECTION_COLORS.picture,
  /** The emotion curve (violet), as on the canvas. */
  curve: EMOTION_BAND.curve,
} as const;

export const EXPORT_FORMATS = ['png', 'pdf', 'mapFile'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Every choice of the export dialog. The dialog remembers them per map; a stored value that no
 * longer parses (an older app, a hand-edited store) falls back to the defaults field by field.
 */
export const ExportOptionsSchema = z.object({
  format: z.enum(EXPORT_FORMATS).catch('png'),
  /** PNG: the whole map or only the selected cards. */
  area: z.enum(['map', 'selection']).catch('map'),
  scale: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).catch(2),
  background: z.enum(['white', 'transparent']).catch('white'),
  /** Margin around the picture, in flow units (CSS px at 1x). */
  margin: z.number().int().min(0).max(200).catch(24),
  showCurve: z.boolean().catch(true),
  showOverlay: z.boolean().catch(true),
  pageSize: z.enum(PAGE_SIZE_NAMES as [PageSizeName, ...PageSizeName[]]).catch('A4'),
  orientation: z.enum(['portrait', 'landscape']).catch('landscape'),
  pdfMode: z.enum(['fit', 'tile']).catch('fit'),
  /** Tiling: map size on paper (1 = 100%). */
  tileScale: z.union([z.literal(0.5), z.literal(0.75), z.literal(1)]).catch(0.75),
});
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

/** The defaults of a first export. */
export const DEFAULT_EXPORT_OPTIONS: ExportOptions = ExportOptionsSchema.parse({});

/** Reads stored options, repairing each bad or missing field with its default. */
export function parseExportOptions(raw: unknown): ExportOptions {
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  return ExportOptionsSchema.parse(record);
}

/** The print view's options: the part of {@link ExportOptions} that shapes a PDF. */
export type PrintOptions = Pick<
  ExportOptions,
  'pageSize' | 'orientation' | 'pdfMode' | 'tileScale' | 'showCurve' | 'showOverlay'
>;

type WithoutCatch<Shape> = {
  [K in keyof Shape]: Shape[K] extends z.ZodCatch<infer Inner> ? Inner : Shape[K];
};

/**
 * The same fields without the repairs, and no others: what a caller must send when it stores
 * options (a wrong value is refused, not silently replaced by a default).
 */
export const ExportOptionsInputSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(ExportOptionsSchema.shape).map(([name, field]) => [name, field.unwrap()]),
  ) as WithoutCatch<typeof ExportOptionsSchema.shape>,
);
