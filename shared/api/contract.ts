import type { z } from 'zod';
import { ApiError, invalidInputFromZod, type ApiResult } from './errors';
import { appOperations } from './operations/app';
import { desktopOperations } from './operations/desktop';
import type { OperationHandlers } from './operations/define';
import { fileOperations } from './operations/files';
import { libraryOperations } from './operations/library';
import { mapOperations } from './operations/maps';
import { metricOperations } from './operations/metrics';
import { personaOperations } from './operations/personas';
import { preferenceOperations } from './operations/preferences';
import { settingsOperations } from './operations/settings';
import { templateOperations } from './operations/templates';
import { versionOperations } from './operations/versions';
import { workshopOperations } from './operations/workshop';

export { op, type OperationHandlers, type OperationSpec } from './operations/define';
export * from './capabilities';
export * from './operations/app';
export * from './operations/desktop';
export * from './operations/files';
export * from './operations/library';
export * from './operations/maps';
export * from './operations/metrics';
export * from './operations/personas';
export * from './operations/preferences';
export * from './operations/settings';
export * from './operations/templates';
export * from './operations/versions';
export * from './operations/workshop';

/**
 * Every operation of the app, declared once. `electron/main` binds each to IPC, `electron/preload`
 * exposes each as one function, `electron/web-host` serves each over HTTP, and the renderer calls
 * them through {@link ApiTransport} without knowing which transport is behind it.
 *
 * Names are `domain.verb`; each domain declares its operations, their schemas and its handler type
 * in one file under `operations/` (`library.*` in library.ts, `files.*` in files.ts, ...). Inputs are
 * always objects so that fields can be added later.
 */
export const contract = {
  ...appOperations,
  ...libraryOperations,
  ...settingsOperations,
  ...templateOperations,
  ...mapOperations,
  ...metricOperations,
  ...personaOperations,
  ...preferenceOperations,
  ...versionOperations,
  ...fileOperations,
  ...desktopOperations,
  ...workshopOperations,
};

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
  if (!isOperationName(name)) {
    const shown = String(name).slice(0, 100);
    throw new ApiError('unknown_operation', `Unknown operation: ${shown}`, {
      reason: 'unknown_operation',
      params: { name: shown },
    });
  }
  const result = contract[name].input.safeParse(raw ?? {});
  if (!result.success) throw invalidInputFromZod(result.error, `input for ${name}`);
  return result.data as ParsedInput<K>;
}

/** The implementation of every operation; the backend provides one, transports call it. */
export type Handlers = OperationHandlers<Contract>;

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
