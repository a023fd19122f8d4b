import { CAPABILITIES, CAPABILITY_NAMES, type CapabilityOperation } from './capabilities';
import type { Handlers, OperationName } from './contract';
import { ApiError } from './errors';

// Every operation a capability names must be an operation of the contract.
type Unknown = Exclude<CapabilityOperation, OperationName>;
const everyCapabilityOperationExists: [Unknown] extends [never] ? true : Unknown = true;
void everyCapabilityOperationExists;

/** The operations that need a capability. */
export type CapabilityHandlers = Pick<Handlers, CapabilityOperation>;

/**
 * How a host answers the operations of a capability it lacks: an `unsupported` error with the
 * declaration's sentence (what to do instead), made from the one declaration so no host repeats the
 * list. The backend answers every capability operation so (the web host has none); the desktop main
 * process puts the real ones over them.
 */
export function unsupportedHandlers(): CapabilityHandlers {
  const handlers: Partial<Record<CapabilityOperation, () => never>> = {};
  for (const name of CAPABILITY_NAMES) {
    const { operations, unsupported } = CAPABILITIES[name];
    for (const operation of operations) {
      handlers[operation] = () => {
        throw new ApiError('unsupported', unsupported);
      };
    }
  }
  return handlers as CapabilityHandlers;
}
