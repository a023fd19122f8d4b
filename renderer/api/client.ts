import {
  ApiError,
  type ApiTransport,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from '../../shared/api';
import { createHttpTransport } from './http-transport';
import { createIpcTransport, exposedApi } from './ipc-transport';

/** IPC when the Electron preload exposed the API, HTTP (web mode) otherwise. */
export function pickTransport(win: Window = window): ApiTransport {
  const exposed = exposedApi(win);
  return exposed ? createIpcTransport(exposed) : createHttpTransport(win.document);
}

/** The renderer's view of the backend: returns the value or throws an {@link ApiError}. */
export interface ApiClient {
  call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>>;
}

export function createApiClient(transport: ApiTransport): ApiClient {
  return {
    async call(name, input) {
      const result = await transport.call(name, input);
      if (!result.ok) throw ApiError.fromData(result.error);
      return result.value;
    },
  };
}

let current: ApiClient | undefined;

/** The app-wide client, created on first use so tests and the preload can be in place first. */
export const api: ApiClient = {
  call(name, input) {
    current ??= createApiClient(pickTransport());
    return current.call(name, input);
  },
};
