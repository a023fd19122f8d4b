import { describe, expect, it } from 'vitest';
import {
  ApiError,
  CAPABILITIES,
  CAPABILITY_NAMES,
  CapabilitiesSchema,
  capabilitiesAll,
  capabilityOf,
  contract,
  OPERATION_NAMES,
  unsupportedHandlers,
} from './index';

describe('platform capabilities', () => {
  it('are declared once, each naming operations of the contract, no operation under two', () => {
    const operations = CAPABILITY_NAMES.flatMap((name) => [...CAPABILITIES[name].operations]);
    expect(new Set(operations).size).toBe(operations.length);
    for (const operation of operations) expect(OPERATION_NAMES).toContain(operation);
    expect(capabilityOf('files.saveAs')).toBe('nativeDialogs');
    expect(capabilityOf('files.printToPdf')).toBe('printToPdf');
    expect(capabilityOf('library.move')).toBe('librarySwitch');
    expect(capabilityOf('maps.list')).toBeUndefined();
  });

  it('are reported by app.capabilities, one boolean each', () => {
    expect(contract['app.capabilities'].output).toBe(CapabilitiesSchema);
    expect(CapabilitiesSchema.parse(capabilitiesAll(true))).toEqual({
      nativeDialogs: true,
      printToPdf: true,
      librarySwitch: true,
      workshopSession: true,
    });
    expect(CapabilitiesSchema.safeParse({ nativeDialogs: true }).success).toBe(false);
  });

  it('make every operation of a capability answer unsupported, with what to do instead', () => {
    const handlers = unsupportedHandlers();
    expect(Object.keys(handlers).sort()).toEqual(
      CAPABILITY_NAMES.flatMap((name) => [...CAPABILITIES[name].operations]).sort(),
    );
    for (const [operation, handler] of Object.entries(handlers)) {
      const call = () => (handler as () => unknown)();
      expect(call).toThrow(ApiError);
      try {
        call();
      } catch (error) {
        expect(error).toMatchObject({
          code: 'unsupported',
          message: CAPABILITIES[capabilityOf(operation)!].unsupported,
        });
      }
    }
  });
});
