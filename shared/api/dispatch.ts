import { ApiError, toErrorData, type ApiResult } from './errors';
import { isOperationName, parseOperationInput, type Handlers, type OperationName } from './contract';

/**
 * Runs one operation for a transport: checks the name, parses the input with its schema, calls the
 * handler and turns every failure into the error shape. Both the IPC binding and the web host use
 * it, so the two transports cannot drift apart.
 *
 * @param onUnexpected - told about errors that are not {@link ApiError}s (bugs), e.g. to log them.
 */
export async function dispatchOperation(
  handlers: Handlers,
  name: unknown,
  rawInput: unknown,
  onUnexpected: (error: unknown, name: string) => void = () => {},
): Promise<ApiResult<unknown>> {
  try {
    if (!isOperationName(name)) {
      const shown = String(name).slice(0, 100);
      throw new ApiError('unknown_operation', `Unknown operation: ${shown}`, {
        reason: 'unknown_operation',
        params: { name: shown },
      });
    }
    const input = parseOperationInput(name, rawInput);
    const handler = handlers[name as OperationName] as (input: unknown) => unknown;
    const value = await handler(input);
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof ApiError)) onUnexpected(error, String(name));
    return { ok: false, error: toErrorData(error) };
  }
}
