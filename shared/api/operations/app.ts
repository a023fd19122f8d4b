import { z } from 'zod';
import { CapabilitiesSchema } from '../capabilities';
import { op, type OperationHandlers, type OperationSpec } from './define';

/** The host the app runs on: what it can do beyond the library (see shared/api/capabilities.ts). */
export const appOperations = {
  'app.capabilities': op(z.object({}), CapabilitiesSchema),
} as const satisfies Record<string, OperationSpec>;
export type AppHandlers = OperationHandlers<typeof appOperations>;
