import { OPERATION_NAMES, type Handlers, type OperationName } from '../../shared/api/contract';

/**
 * Handlers that forward every operation to whatever `current()` returns at call time. IPC is bound
 * once; when the user switches or moves the library, the main process only changes what `current`
 * answers, so no channel is ever unbound and rebound while the window is sending.
 */
export function switchingHandlers(current: () => Handlers): Handlers {
  const handlers: Partial<Record<OperationName, (input: never) => unknown>> = {};
  for (const name of OPERATION_NAMES) {
    handlers[name] = (input: never) => (current()[name] as (input: never) => unknown)(input);
  }
  // Every key of the contract is filled by the loop, which TypeScript cannot follow.
  return handlers as Handlers;
}
