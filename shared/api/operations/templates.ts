import { z } from 'zod';
import { LanguageSchema } from '../../domain';
import { op, type OperationHandlers, type OperationSpec } from './define';

export const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  stageNames: z.array(z.string()),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

/** The built-in templates a new map starts from. */
export const templateOperations = {
  'templates.list': op(z.object({ language: LanguageSchema }), z.array(TemplateSummarySchema)),
} as const satisfies Record<string, OperationSpec>;
export type TemplateHandlers = OperationHandlers<typeof templateOperations>;
