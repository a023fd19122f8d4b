import type { z } from 'zod';

/** Input and output schema of one operation. */
export interface OperationSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** Declares one operation: the schema its input must pass and the schema of what it returns. */
export const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
