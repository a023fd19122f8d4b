import { z } from 'zod';
import { ApiError, formatIssuePath, invalidFieldError, invalidInputFromZod } from '../api/errors';
import type { IssueReason } from '../api/error-reasons';
import { exceedsJsonDepth, jsonErrorPosition, looksBinary, looksUtf16, stripBom } from '../api/json-text';
import { RepairLog } from './map-file-repairs';
import { sniffBinaryKind, type BinaryFileKind } from './sniff-file-kind';
import {
  FunnelValueSchema,
  IdSchema,
  JourneyMapSchema,
  LongTextSchema,
  MapSnapshotSchema,
  MetricPeriodSchema,
  NameSchema,
  PersonaSchema,
  StageBenchmarkSchema,
  StageMetricSchema,
  TimestampSchema,
  type FunnelValue,
  type JourneyMap,
  type MetricPeriod,
  type Persona,
  type StageBenchmark,
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

/**
 * Deepest nesting of arrays and objects accepted. A real file nests about 8 levels (a tag of a card
 * of the map of a version); far deeper is a hostile or broken file, refused before parsing.
 */
export const MAP_FILE_MAX_DEPTH = 64;

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
  /** Funnel benchmarks and order value (issue 15); files written before them have neither. */
  benchmarks: z.array(StageBenchmarkSchema).max(1_000).optional(),
  funnelValue: FunnelValueSchema.nullable().optional(),
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
  benchmarks?: StageBenchmark[];
  funnelValue?: FunnelValue | null;
  [key: string]: unknown;
}

/** What {@link parseMapFile} gives back: the file and what it had to repair on the way. */
export interface ParsedMapFile {
  file: MapFile;
  /** The repairs so far (e.g. stripped `__proto__` keys), counted per kind, for the import report. */
  repairs: RepairLog;
}

const BINARY_REASONS = {
  png: ['map_file_is_png', 'a PNG image'],
  jpeg: ['map_file_is_jpeg', 'a JPEG image'],
  gif: ['map_file_is_gif', 'a GIF image'],
  pdf: ['map_file_is_pdf', 'a PDF document'],
  zip: ['map_file_is_zip', 'a ZIP archive (or an Office file such as .xlsx)'],
} as const satisfies Record<BinaryFileKind, readonly [string, string]>;

/**
 * Reads the text of a portable map file.
 *
 * @throws ApiError `too_large` over {@link MAP_FILE_MAX_CHARS}; `unsupported_version` for a newer
 *   `schemaVersion`; `invalid_input` naming the bad field for anything else (a picture or a PDF, not
 *   JSON, nested too deep, not a map file, a card in a stage the file does not have, ...). Each
 *   carries a `reason` the UI translates; none quotes the file's content.
 */
export function parseMapFile(input: string): ParsedMapFile {
  if (input.length > MAP_FILE_MAX_CHARS) {
    const maxMb = MAP_FILE_MAX_CHARS / 1024 / 1024;
    throw new ApiError(
      'too_large',
      `The file is larger than ${maxMb} MB; a journey map file is never that big.`,
      {
        reason: 'map_file_too_large',
        params: { maxMb },
      },
    );
  }
  const text = stripBom(input);
  const repairs = new RepairLog();
  const raw = withoutHostileKeys(parseJson(text), [], repairs);
  checkEnvelope(raw);
  const result = MapFileSchema.safeParse(raw);
  if (!result.success) throw invalidInputFromZod(result.error, 'map file');
  const file = result.data as MapFile;
  checkReferences(file);
  return { file, repairs };
}

/** The JSON value of the text, or a clear error that says what the file is instead. */
function parseJson(text: string): unknown {
  const root = { path: '(root)' };
  const kind = sniffBinaryKind(text);
  if (kind !== null) {
    const [reason, what] = BINARY_REASONS[kind];
    throw new ApiError(
      'invalid_input',
      `This is ${what}, not a journey map file. Choose a .journeymap file.`,
      {
        ...root,
        reason,
      },
    );
  }
  if (looksUtf16(text)) {
    throw new ApiError(
      'invalid_input',
      'The file is saved as UTF-16 text; a journey map file is UTF-8. Save it again as UTF-8, or export the map again.',
      { ...root, reason: 'map_file_utf16' },
    );
  }
  if (exceedsJsonDepth(text, MAP_FILE_MAX_DEPTH)) {
    throw new ApiError(
      'invalid_input',
      `The file nests lists and objects more than ${MAP_FILE_MAX_DEPTH} levels deep; a journey map file is never nested like that.`,
      { ...root, reason: 'map_file_too_deep', params: { maxDepth: MAP_FILE_MAX_DEPTH } },
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    if (looksBinary(text)) {
      throw new ApiError(
        'invalid_input',
        'The file is not a text file, so it cannot be a journey map file. Choose a .journeymap file.',
        { ...root, reason: 'map_file_not_text' },
      );
    }
    const at = jsonErrorPosition(error);
    if (at) {
      throw new ApiError(
        'invalid_input',
        `The file is not valid JSON (error at line ${at.line}, column ${at.column}). Choose a .journeymap file.`,
        { ...root, reason: 'map_file_not_json_at', params: at },
      );
    }
    throw new ApiError('invalid_input', 'The file is not valid JSON. Choose a .journeymap file.', {
      ...root,
      reason: 'map_file_not_json',
    });
  }
}

/**
 * The parsed value without keys such as `__proto__`, anywhere. `JSON.parse` makes them plain own
 * properties (no pollution), but later spreads or assignments could treat them as the prototype:
 * drop them here, once, for everything below. An object that has one is copied without it rather
 * than `delete`d from (which makes V8 slow for every later read of it). The depth is bounded by
 * {@link MAP_FILE_MAX_DEPTH}.
 */
function withoutHostileKeys(value: unknown, path: (string | number)[], repairs: RepairLog): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue;
      path.push(i);
      value[i] = withoutHostileKeys(item, path, repairs);
      path.pop();
    }
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let clean: Record<string, unknown> | undefined;
  for (let k = 0; k < keys.length; k += 1) {
    const key = keys[k] as string;
    path.push(key);
    if (HOSTILE_KEYS.has(key)) {
      repairs.add('dropped_field', key, () => formatIssuePath(path));
      if (clean === undefined) {
        clean = {};
        for (let j = 0; j < k; j += 1) clean[keys[j] as string] = record[keys[j] as string];
      }
    } else {
      const child = withoutHostileKeys(record[key], path, repairs);
      if (clean !== undefined) clean[key] = child;
      else record[key] = child;
    }
    path.pop();
  }
  return clean ?? record;
}

/** Clear messages for the two things that decide whether this is a file we can read at all. */
function checkEnvelope(raw: unknown): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ApiError('invalid_input', 'The file is not a journey map file (expected a JSON object).', {
      path: '(root)',
      reason: 'map_file_not_object',
    });
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== MAP_FILE_FORMAT) {
    // A short, printable rendering of what the file says: never a megabyte of someone else's text.
    const found = JSON.stringify(record.format ?? null).slice(0, 60);
    throw new ApiError(
      'invalid_input',
      `The file is not a journey map file: format is ${found}, expected "${MAP_FILE_FORMAT}".`,
      { path: 'format', reason: 'map_file_wrong_format', params: { found, expected: MAP_FILE_FORMAT } },
    );
  }
  const version = record.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > MAP_FILE_SCHEMA_VERSION) {
    throw new ApiError(
      'unsupported_version',
      `The file was written by a newer version of the app (file format ${version}); this app reads format ${MAP_FILE_SCHEMA_VERSION}. Update the app to open it.`,
      {
        path: 'schemaVersion',
        reason: 'map_file_newer_version',
        params: { version, supported: MAP_FILE_SCHEMA_VERSION },
      },
    );
  }
  if (version !== MAP_FILE_SCHEMA_VERSION) {
    const found = JSON.stringify(version ?? null).slice(0, 60);
    throw new ApiError(
      'invalid_input',
      `The file has an unknown schemaVersion ${found}; expected ${MAP_FILE_SCHEMA_VERSION}.`,
      {
        path: 'schemaVersion',
        reason: 'map_file_unknown_version',
        params: { found, expected: MAP_FILE_SCHEMA_VERSION },
      },
    );
  }
}

/** Refuses a file whose parts point at things it does not contain. */
function checkReferences(file: MapFile): void {
  const { map } = file;
  const fail = (path: PropertyKey[], message: string, reason: IssueReason, id?: string): never => {
    const params = id === undefined ? undefined : { id };
    throw invalidFieldError(formatIssuePath(path), message, { what: 'map file', reason, params });
  };
  if (map.stages.length === 0) fail(['map', 'stages'], 'must contain at least one stage', 'no_stages');
  const unique = (ids: readonly string[], path: string): Set<string> => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) fail(['map', path, i, 'id'], `repeats the id "${id}"`, 'duplicate_id', id);
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
      fail(
        ['map', 'cards', i, 'stageId'],
        `points at stage "${card.stageId}", which is not in the map`,
        'missing_stage',
        card.stageId,
      );
    if (card.laneId !== null && !laneIds.has(card.laneId))
      fail(
        ['map', 'cards', i, 'laneId'],
        `points at lane "${card.laneId}", which is not in the map`,
        'missing_lane',
        card.laneId,
      );
  });
  map.connections.forEach((c, i) => {
    if (!cardIds.has(c.sourceId))
      fail(
        ['map', 'connections', i, 'sourceId'],
        `points at a missing card "${c.sourceId}"`,
        'missing_card',
        c.sourceId,
      );
    if (!cardIds.has(c.targetId))
      fail(
        ['map', 'connections', i, 'targetId'],
        `points at a missing card "${c.targetId}"`,
        'missing_card',
        c.targetId,
      );
  });
  const personaIds = new Set<string>();
  file.personas.forEach((p, i) => {
    if (personaIds.has(p.id)) fail(['personas', i, 'id'], `repeats the id "${p.id}"`, 'duplicate_id', p.id);
    personaIds.add(p.id);
  });
  const periodIds = new Set<string>();
  file.periods.forEach((p, i) => {
    if (periodIds.has(p.id)) fail(['periods', i, 'id'], `repeats the id "${p.id}"`, 'duplicate_id', p.id);
    periodIds.add(p.id);
  });
  const metricKeys = new Set<string>();
  file.metrics.forEach((m, i) => {
    if (!periodIds.has(m.periodId))
      fail(
        ['metrics', i, 'periodId'],
        `points at period "${m.periodId}", which is not in the file`,
        'missing_period',
        m.periodId,
      );
    if (!stageIds.has(m.stageId))
      fail(
        ['metrics', i, 'stageId'],
        `points at stage "${m.stageId}", which is not in the map`,
        'missing_stage',
        m.stageId,
      );
    const key = `${m.periodId}\u0000${m.stageId}`;
    if (metricKeys.has(key))
      fail(['metrics', i], 'repeats the numbers of a stage in the same period', 'duplicate_metric');
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
  benchmarks?: readonly StageBenchmark[] | undefined;
  funnelValue?: FunnelValue | null | undefined;
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
    ...(content.benchmarks && content.benchmarks.length > 0 ? { benchmarks: [...content.benchmarks] } : {}),
    ...(content.funnelValue ? { funnelValue: content.funnelValue } : {}),
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
