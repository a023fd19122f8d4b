import { z } from 'zod';
import {
  IdSchema,
  JourneyMapSchema,
  LanguageSchema,
  MapChangeSetSchema,
  MapSummarySchema,
  NameSchema,
  TimestampSchema,
} from '../domain';
import { ApiError, invalidInputFromZod, type ApiResult } from './errors';

/** Input and output schema of one operation. */
export interface OperationSpec {
  input: z.ZodType;
  output: z.ZodType;
}

const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  stageNames: z.array(z.string()),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

export const SettingsSchema = z.object({
  /** Null until the user picks one; the renderer then follows the system language. */
  language: LanguageSchema.nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const LibraryInfoSchema = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
});

/**
 * Every operation of the app, declared once. `electron/main` binds each to IPC, `electron/preload`
 * exposes each as one function, `electron/web-host` serves each over HTTP, and the renderer calls
 * them through {@link ApiTransport} without knowing which transport is behind it.
 *
 * Names are `domain.verb`. Inputs are always objects so that fields can be added later.
 */
export const contract = {
  'library.info': op(z.object({}), LibraryInfoSchema),
  'settings.get': op(z.object({}), SettingsSchema),
  'settings.update': op(SettingsSchema.partial(), SettingsSchema),

  'templates.list': op(z.object({ language: LanguageSchema }), z.array(TemplateSummarySchema)),

  'maps.list': op(z.object({ query: z.string().max(200).optional() }), z.array(MapSummarySchema)),
  'maps.get': op(z.object({ id: IdSchema }), JourneyMapSchema),
  'maps.create': op(
    z.object({ name: NameSchema, templateId: z.string().max(64).default('blank'), language: LanguageSchema }),
    MapSummarySchema,
  ),
  'maps.rename': op(z.object({ id: IdSchema, name: NameSchema }), MapSummarySchema),
  'maps.duplicate': op(z.object({ id: IdSchema, name: NameSchema.optional() }), MapSummarySchema),
  'maps.delete': op(z.object({ id: IdSchema }), z.object({ id: IdSchema })),
  /** Saves an incremental edit (autosave). Returns the map's new `updatedAt`. */
  'maps.applyChanges': op(
    z.object({ id: IdSchema, changes: MapChangeSetSchema }),
    z.object({ updatedAt: TimestampSchema }),
  ),
} as const satisfies Record<string, OperationSpec>;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
/** What a handler receives after parsing (defaults filled in). */
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>;

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/**
 * Parses a raw input for an operation; throws an `invalid_input` {@link ApiError} that names the bad
 * field, or `unknown_operation` for a name the contract does not have.
 */
export function parseOperationInput<K extends OperationName>(name: K, raw: unknown): ParsedInput<K> {
  if (!isOperationName(name)) throw new ApiError('unknown_operation', `Unknown operation: ${String(name)}`);
  const result = contract[name].input.safeParse(raw ?? {});
  if (!result.success) throw invalidInputFromZod(result.error, `input for ${name}`);
  return result.data as ParsedInput<K>;
}

/** The implementation of every operation; the backend provides one, transports call it. */
export type Handlers = {
  [K in OperationName]: (input: ParsedInput<K>) => OperationOutput<K> | Promise<OperationOutput<K>>;
};

/** How the renderer reaches the backend: IPC in the desktop app, HTTP in web mode. */
export interface ApiTransport {
  call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<ApiResult<OperationOutput<K>>>;
}

/**
 * The surface the preload exposes on `window.journeyApi`: exactly one function per operation,
 * returning the result envelope (errors are data, so nothing is lost crossing the bridge).
 */
export type ExposedApi = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<ApiResult<OperationOutput<K>>>;
};

/** The global name the preload exposes the API under. */
export const EXPOSED_API_KEY = 'journeyApi';
/** The IPC channel of an operation. */
export const ipcChannel = (name: OperationName): string => `api:${name}`;
