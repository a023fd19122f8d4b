import { CAPABILITIES, CAPABILITY_NAMES, type CapabilityOperation } from './capabilities';
import type { Handlers, OperationName } from './contract';
import { ApiError } from './errors';

// Every operation a capability names must be an operation of the contract.
type Unknown = Exclude<CapabilityOperation, OperationName>;
const everyCapabilityOperationExists: [Unknown] extends [never] ? true : Unknown = true;
void everyCapabilityOperationExists;

/**
 * The action each capability operation is, named for the user (`errors.action.<action>` in the UI's
 * language) in the `desktop_only` error a host without the capability answers with.
 */
const ACTION_OF: Record<CapabilityOperation, string> = {
  'files.saveAs': 'save_dialog',
  'files.open': 'open_dialog',
  'files.printToPdf': 'pdf_dialog',
  'library.openOther': 'open_library',
  'library.move': 'move_library',
};

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
        throw new ApiError('unsupported', unsupported, {
          reason: 'desktop_only',
          params: { action: ACTION_OF[operation] },
        });
      };
    }
  }
  return handlers as CapabilityHandlers;
}
