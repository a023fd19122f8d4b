import {
  EXPOSED_API_KEY,
  type ApiResult,
  type ApiTransport,
  type ExposedApi,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from '../../shared/api';

/** The API the Electron preload exposed on `window`, if any. */
export function exposedApi(win: Window = window): ExposedApi | undefined {
  return (win as unknown as Record<string, ExposedApi | undefined>)[EXPOSED_API_KEY];
}

/** The desktop transport: one preload function per operation, each resolving to a result envelope. */
export function createIpcTransport(api: ExposedApi): ApiTransport {
  return {
    async call<K extends OperationName>(name: K, input: OperationInput<K>) {
      const fn = api[name] as unknown as
        ((input: OperationInput<K>) => Promise<ApiResult<OperationOutput<K>>>) | undefined;
      if (typeof fn !== 'function') {
        return {
          ok: false,
          error: {
            code: 'unknown_operation',
            message: `The app does not offer ${name}.`,
            reason: 'unknown_operation',
            params: { name },
          },
        };
      }
      try {
        return await fn(input);
      } catch {
        return {
          ok: false,
          error: {
            code: 'internal',
            message: 'The app could not reach its backend. Please restart it.',
            reason: 'backend_unreachable',
          },
        };
      }
    },
  };
}
