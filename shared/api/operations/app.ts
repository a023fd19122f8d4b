import { z } from 'zod';
import { LanguageSchema } from '../../domain';
import { op, type OperationSpec } from './define';

export const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  stageNames: z.array(z.string()),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

export const SettingsSchema = z.object({
  /** Null until the user picks one; the renderer then follows the system language. */
  language: LanguageSchema.nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const LibraryInfoSchema = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
});

/** The library itself, settings and templates. */
export const appOperations = {
  'library.info': op(z.object({}), LibraryInfoSchema),
  'settings.get': op(z.object({}), SettingsSchema),
  'settings.update': op(SettingsSchema.partial(), SettingsSchema),
  'templates.list': op(z.object({ language: LanguageSchema }), z.array(TemplateSummarySchema)),
} as const satisfies Record<string, OperationSpec>;
