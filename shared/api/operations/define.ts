import type { z } from 'zod';

/** Input and output schema of one operation. */
export interface OperationSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** Declares one operation: the schema its input must pass and the schema of what it returns. */
export const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/**
 * The implementation of a set of operations (one domain's, or the whole contract's): each receives
 * its parsed input (defaults filled in) and returns its output, possibly as a promise.
 */
export type OperationHandlers<Ops extends Record<string, OperationSpec>> = {
  [K in keyof Ops]: (
    input: z.output<Ops[K]['input']>,
  ) => z.output<Ops[K]['output']> | Promise<z.output<Ops[K]['output']>>;
};
