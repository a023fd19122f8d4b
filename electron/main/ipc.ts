import { OPERATION_NAMES, ipcChannel, type Handlers, type OperationName } from '../../shared/api/contract';
import { dispatchOperation } from '../../shared/api/dispatch';
import type { ApiResult } from '../../shared/api/errors';
import { isTrustedSender, type SenderFrameLike } from './trusted-sender';

/** The part of an IPC invoke event the binding reads. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: {
    code: 'forbidden',
    message: 'Refused: this request did not come from the app window.',
    reason: 'request_refused_sender',
  },
};

function senderFrameOf(event: InvokeEventLike): SenderFrameLike | null {
  try {
    return event.senderFrame;
  } catch {
    // Electron throws when the frame was destroyed or navigated away while the message was in flight.
    return null;
  }
}

/**
 * The IPC handler of one operation: refuses untrusted senders, then parses and runs the operation
 * through {@link dispatchOperation} (the same function the web host uses), so every error crosses
 * the bridge as a typed result rather than a rejected promise with a mangled message.
 */
export function createOperationHandler(
  name: OperationName,
  handlers: Handlers,
  onUnexpected: UnexpectedErrorSink = defaultSink,
): (event: InvokeEventLike, input: unknown) => Promise<ApiResult<unknown>> {
  return async (event, input) => {
    if (!isTrustedSender(senderFrameOf(event))) return FORBIDDEN;
    return dispatchOperation(handlers, name, input, onUnexpected);
  };
}

/** Told about errors that are bugs (not `ApiError`s), e.g. to write them to the log file. */
export type UnexpectedErrorSink = (error: unknown, operation: string) => void;

const defaultSink: UnexpectedErrorSink = (error, op) => {
  console.error(`[ipc] ${op} failed unexpectedly:`, error);
};

/** The part of Electron's `ipcMain` the binding uses (structural, so `ipcMain` itself fits). */
export interface IpcRegistrar {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, input: unknown) => Promise<ApiResult<unknown>>,
  ): void;
  removeHandler(channel: string): void;
}

/** Binds every operation of the contract, once, on its channel. Returns a function that unbinds them. */
export function bindOperations(
  ipcMain: IpcRegistrar,
  handlers: Handlers,
  onUnexpected: UnexpectedErrorSink = defaultSink,
): () => void {
  for (const name of OPERATION_NAMES) {
    ipcMain.handle(ipcChannel(name), createOperationHandler(name, handlers, onUnexpected));
  }
  return () => {
    for (const name of OPERATION_NAMES) ipcMain.removeHandler(ipcChannel(name));
  };
}
