import { z } from 'zod';
import { ApiError, formatIssuePath, invalidInputFromZod } from '../api/errors';
import {
  IdSchema,
  JourneyMapSchema,
  LongTextSchema,
  MapSnapshotSchema,
  MetricPeriodSchema,
  NameSchema,
  PersonaSchema,
  StageMetricSchema,
  TimestampSchema,
  type JourneyMap,
  type MetricPeriod,
  type Persona,
  type StageMetric,
} from '../domain';

/** The `format` every portable map file declares. */
export const MAP_FILE_FORMAT = 'journey-map-file';
/** The file layout this app writes and reads. A newer number is refused (`unsupported_version`). */
export const MAP_FILE_SCHEMA_VERSION = 1;
/** The extension of a portable map file. */
export const MAP_FILE_EXTENSION = '.journeymap';
/** What the file picker accepts (older tools may have saved it as plain JSON). */
export const MAP_FILE_ACCEPT = '.journeymap,.json';
/** Largest file accepted, in characters of JSON text (about bytes for mostly-ASCII JSON). */
export const MAP_FILE_MAX_CHARS = 50 * 1024 * 1024;

/** Keys that could reach an object's prototype if some later code copied them with `obj[key] = ...`. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A version as it travels in a file: its summary fields and its frozen content. */
export const MapFileVersionSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  note: LongTextSchema.default(''),
  createdAt: TimestampSchema,
  snapshot: MapSnapshotSchema,
});
export type MapFileVersion = z.infer<typeof MapFileVersionSchema>;

/** A metric period in a file: its map id is implied by the file (and replaced on import). */
const FilePeriodSchema = MetricPeriodSchema.extend({ mapId: IdSchema.optional() });

/**
 * The whole file. What is repaired and what is refused:
 *
 * - The envelope and `app` are loose objects (`.loose()`): fields a newer app adds are kept in the
 *   parsed result, so nothing a reader does not know is lost while reading. The map, personas,
 *   periods and metrics use the domain schemas, which drop unknown fields: the library has a column
 *   for every field it knows and nowhere to put the others.
 * - Missing optional fields get their defaults (a card's text, a stage's width, `exportedAt`, `app`,
 *   empty `personas`/`periods`/`metrics`/`versions`, the map's timestamps).
 * - Everything else is refused with the path of the first bad field: wrong types, ids that are not
 *   ids, texts over the limits (a 10 MB title), missing stages, references to things not in the file.
 */
export const MapFileSchema = z.looseObject({
  format: z.literal(MAP_FILE_FORMAT),
  schemaVersion: z.literal(MAP_FILE_SCHEMA_VERSION),
  exportedAt: TimestampSchema.default('1970-01-01T00:00:00.000Z'),
  app: z
    .looseObject({ name: z.string().max(200).default('unknown'), version: z.string().max(100).default('0') })
    .default({ name: 'unknown', version: '0' }),
  map: JourneyMapSchema.extend({
    createdAt: TimestampSchema.default('1970-01-01T00:00:00.000Z'),
    updatedAt: TimestampSchema.default('1970-01-01T00:00:00.000Z'),
  }),
  personas: z.array(PersonaSchema).max(1_000).default([]),
  periods: z.array(FilePeriodSchema).max(1_000).default([]),
  metrics: z.array(StageMetricSchema).max(200_000).default([]),
  versions: z.array(MapFileVersionSchema).max(1_000).default([]),
});

/** A parsed, checked portable map file. */
export interface MapFile {
  format: typeof MAP_FILE_FORMAT;
  schemaVersion: typeof MAP_FILE_SCHEMA_VERSION;
  exportedAt: string;
  app: { name: string; version: string; [key: string]: unknown };
  map: JourneyMap;
  personas: Persona[];
  periods: (Omit<MetricPeriod, 'mapId'> & { mapId?: string })[];
  metrics: StageMetric[];
  versions: MapFileVersion[];
  [key: string]: unknown;
}

/** What {@link parseMapFile} gives back: the file and what it had to repair on the way. */
export interface ParsedMapFile {
  file: MapFile;
  /** Sentences naming each repair (e.g. a stripped `__proto__` key), for the import report. */
  repairs: string[];
}

/**
 * Reads the text of a portable map file.
 *
 * @throws ApiError `too_large` over {@link MAP_FILE_MAX_CHARS}; `unsupported_version` for a newer
 *   `schemaVersion`; `invalid_input` naming the bad field for anything else (not JSON, not a map file,
 *   a card in a stage the file does not have, ...).
 */
export function parseMapFile(text: string): ParsedMapFile {
  if (text.length > MAP_FILE_MAX_CHARS) {
    throw new ApiError(
      'too_large',
      `The file is larger than ${MAP_FILE_MAX_CHARS / 1024 / 1024} MB; a journey map file is never that big.`,
    );
  }
  const repairs: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text, function reviver(this: unknown, key: string, value: unknown) {
      // JSON.parse itself makes "__proto__" an own property (no pollution), but later spreads or
      // assignments could treat it as the prototype: drop such keys here, once, for everything below.
      if (HOSTILE_KEYS.has(key) && !Array.isArray(this)) {
        repairs.push(`Removed a field named "${key}" (not allowed in a map file).`);
        return undefined;
      }
      return value;
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    throw new ApiError(
      'invalid_input',
      `The file is not valid JSON (${detail}). Choose a .journeymap file.`,
      {
        path: '(root)',
      },
    );
  }
  checkEnvelope(raw);
  const result = MapFileSchema.safeParse(raw);
  if (!result.success) throw invalidInputFromZod(result.error, 'map file');
  const file = result.data as MapFile;
  checkReferences(file);
  return { file, repairs };
}

/** Clear messages for the two things that decide whether this is a file we can read at all. */
function checkEnvelope(raw: unknown): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ApiError('invalid_input', 'The file is not a journey map file (expected a JSON object).', {
      path: '(root)',
    });
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== MAP_FILE_FORMAT) {
    throw new ApiError(
      'invalid_input',
      `The file is not a journey map file: format is ${JSON.stringify(record.format ?? null)}, expected "${MAP_FILE_FORMAT}".`,
      { path: 'format' },
    );
  }
  const version = record.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > MAP_FILE_SCHEMA_VERSION) {
    throw new ApiError(
      'unsupported_version',
      `The file was written by a newer version of the app (file format ${version}); this app reads format ${MAP_FILE_SCHEMA_VERSION}. Update the app to open it.`,
      { path: 'schemaVersion' },
    );
  }
  if (version !== MAP_FILE_SCHEMA_VERSION) {
    throw new ApiError(
      'invalid_input',
      `The file has an unknown schemaVersion ${JSON.stringify(version ?? null)}; expected ${MAP_FILE_SCHEMA_VERSION}.`,
      { path: 'schemaVersion' },
    );
  }
}

/** Refuses a file whose parts point at things it does not contain. */
function checkReferences(file: MapFile): void {
  const { map } = file;
  const fail = (path: PropertyKey[], message: string): never => {
    const at = formatIssuePath(path);
    throw new ApiError('invalid_input', `Invalid map file: ${at} ${message}`, {
      path: at,
      issues: [{ path: at, message }],
    });
  };
  if (map.stages.length === 0) fail(['map', 'stages'], 'must contain at least one stage');
  const unique = (ids: readonly string[], path: string): Set<string> => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) fail(['map', path, i, 'id'], `repeats the id "${id}"`);
      seen.add(id);
    });
    return seen;
  };
  const stageIds = unique(
    map.stages.map((s) => s.id),
    'stages',
  );
  const laneIds = unique(
    map.lanes.map((l) => l.id),
    'lanes',
  );
  const cardIds = unique(
    map.cards.map((c) => c.id),
    'cards',
  );
  unique(
    map.connections.map((c) => c.id),
    'connections',
  );
  map.cards.forEach((card, i) => {
    if (card.stageId !== null && !stageIds.has(card.stageId))
      fail(['map', 'cards', i, 'stageId'], `points at stage "${card.stageId}", which is not in the map`);
    if (card.laneId !== null && !laneIds.has(card.laneId))
      fail(['map', 'cards', i, 'laneId'], `points at lane "${card.laneId}", which is not in the map`);
  });
  map.connections.forEach((c, i) => {
    if (!cardIds.has(c.sourceId))
      fail(['map', 'connections', i, 'sourceId'], `points at a missing card "${c.sourceId}"`);
    if (!cardIds.has(c.targetId))
      fail(['map', 'connections', i, 'targetId'], `points at a missing card "${c.targetId}"`);
  });
  const personaIds = new Set<string>();
  file.personas.forEach((p, i) => {
    if (personaIds.has(p.id)) fail(['personas', i, 'id'], `repeats the id "${p.id}"`);
    personaIds.add(p.id);
  });
  const periodIds = new Set<string>();
  file.periods.forEach((p, i) => {
    if (periodIds.has(p.id)) fail(['periods', i, 'id'], `repeats the id "${p.id}"`);
    periodIds.add(p.id);
  });
  const metricKeys = new Set<string>();
  file.metrics.forEach((m, i) => {
    if (!periodIds.has(m.periodId))
      fail(['metrics', i, 'periodId'], `points at period "${m.periodId}", which is not in the file`);
    if (!stageIds.has(m.stageId))
      fail(['metrics', i, 'stageId'], `points at stage "${m.stageId}", which is not in the map`);
    const key = `${m.periodId}\u0000${m.stageId}`;
    if (metricKeys.has(key)) fail(['metrics', i], 'repeats the numbers of a stage in the same period');
    metricKeys.add(key);
  });
}

/** What {@link buildMapFile} needs: the map and everything that travels with it. */
export interface MapFileContent {
  map: JourneyMap;
  personas: readonly Persona[];
  periods: readonly MetricPeriod[];
  metrics: readonly StageMetric[];
  versions: readonly MapFileVersion[];
  app: { name: string; version: string };
  exportedAt: string;
}

/** The file text for a map: pretty-printed JSON (readable in a text editor and diffable). */
export function buildMapFile(content: MapFileContent): string {
  const file: MapFile = {
    format: MAP_FILE_FORMAT,
    schemaVersion: MAP_FILE_SCHEMA_VERSION,
    exportedAt: content.exportedAt,
    app: { name: content.app.name, version: content.app.version },
    map: content.map,
    personas: [...content.personas],
    periods: [...content.periods],
    metrics: inFileOrder(content.metrics, content.periods, content.map),
    versions: content.versions.map((v) => ({
      ...v,
      snapshot: {
        ...v.snapshot,
        metrics: inFileOrder(v.snapshot.metrics, v.snapshot.periods, v.snapshot.map),
      },
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Metrics by period (in the given order) and then by stage (in map order), so that the same data
 * always gives the same file whatever order the database returned it in.
 */
function inFileOrder(
  metrics: readonly StageMetric[],
  periods: readonly { id: string }[],
  map: Pick<JourneyMap, 'stages'>,
): StageMetric[] {
  const periodIndex = new Map(periods.map((p, i) => [p.id, i]));
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const rank = (index: Map<string, number>, id: string): number => index.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...metrics].sort(
    (a, b) =>
      rank(periodIndex, a.periodId) - rank(periodIndex, b.periodId) ||
      rank(stageIndex, a.stageId) - rank(stageIndex, b.stageId),
  );
}

/** A file name for a map: its name without characters file systems refuse, plus the extension. */
export function mapFileName(mapName: string, extension: string = MAP_FILE_EXTENSION): string {
  const cleaned = mapName
    // Control characters are what file systems refuse most; the rule guards against accidents.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return `${cleaned.slice(0, 120) || 'journey-map'}${extension}`;
}
