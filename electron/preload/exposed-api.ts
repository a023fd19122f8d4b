import { OPERATION_NAMES, ipcChannel, type ExposedApi, type OperationName } from '../../shared/api/contract';

/** Sends one operation's input on its channel and resolves to the `ApiResult` the main process returns. */
export type InvokeChannel = (channel: string, input: unknown) => Promise<unknown>;

/**
 * Builds the object the preload exposes on `window.journeyApi`: exactly one function per contract
 * operation, each forwarding a single input argument to its own IPC channel, and nothing else (no
 * raw `ipcRenderer`, no generic `invoke(channel)` a page could aim at other channels).
 *
 * @param invoke - in the preload, `ipcRenderer.invoke`.
 */
export function buildExposedApi(invoke: InvokeChannel): ExposedApi {
  const api: Partial<Record<OperationName, (input: unknown) => Promise<unknown>>> = {};
  for (const name of OPERATION_NAMES) {
    const channel = ipcChannel(name);
    api[name] = (input: unknown) => invoke(channel, input);
  }
  // The builder fills every key of the contract above, which TypeScript cannot follow through the loop.
  return Object.freeze(api) as unknown as ExposedApi;
}
