import { z } from 'zod';
import { LanguageSchema } from '../../domain';
import { op, type OperationHandlers, type OperationSpec } from './define';

export const SettingsSchema = z.object({
  /** Null until the user picks one; the renderer then follows the system language. */
  language: LanguageSchema.nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The user's settings, stored in the library. */
export const settingsOperations = {
  'settings.get': op(z.object({}), SettingsSchema),
  'settings.update': op(SettingsSchema.partial(), SettingsSchema),
} as const satisfies Record<string, OperationSpec>;
export type SettingsHandlers = OperationHandlers<typeof settingsOperations>;
