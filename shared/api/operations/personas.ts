import { z } from 'zod';
import {
  AvatarImageSchema,
  IdSchema,
  LongTextSchema,
  NameSchema,
  PersonaSchema,
  ShortTextSchema,
  TextListSchema,
} from '../../domain';
import { op, type OperationHandlers, type OperationSpec } from './define';

/** The fields a user writes on a persona (everything but id and timestamps). */
export const PersonaFieldsSchema = z.object({
  name: NameSchema,
  role: ShortTextSchema.optional(),
  /** A PNG, JPEG or WebP data URL (the backend checks its bytes), or null for initials. */
  avatarImage: AvatarImageSchema.nullable().optional(),
  avatarColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #5b6cf0')
    .optional(),
  quote: ShortTextSchema.optional(),
  goals: TextListSchema.optional(),
  needs: TextListSchema.optional(),
  frustrations: TextListSchema.optional(),
  demographics: LongTextSchema.optional(),
});
export type PersonaFields = z.input<typeof PersonaFieldsSchema>;

/** A persona with how many maps show it (on the map's persona list or as a persona card). */
export const PersonaListItemSchema = PersonaSchema.extend({ usageCount: z.number().int().min(0) });
export type PersonaListItem = z.infer<typeof PersonaListItemSchema>;

/** A map that uses a persona, and how many of its persona cards point at it. */
export const PersonaUsageSchema = z.object({
  mapId: IdSchema,
  mapName: z.string(),
  personaCards: z.number().int().min(0),
});
export type PersonaUsage = z.infer<typeof PersonaUsageSchema>;

/** The persona library, shared by every map. */
export const personaOperations = {
  /** Every persona, by name, with its usage count. */
  'personas.list': op(z.object({}), z.array(PersonaListItemSchema)),
  'personas.get': op(z.object({ id: IdSchema }), PersonaSchema),
  'personas.create': op(PersonaFieldsSchema, PersonaSchema),
  /** Changes the given fields; a field left out keeps its value. */
  'personas.update': op(PersonaFieldsSchema.partial().extend({ id: IdSchema }), PersonaSchema),
  /**
   * Deletes a persona. If maps use it and `force` is not set, refuses with `conflict` naming how many;
   * with `force`, takes it off those maps and unlinks their persona cards (their text stays).
   */
  'personas.delete': op(
    z.object({ id: IdSchema, force: z.boolean().default(false) }),
    z.object({ id: IdSchema, mapsUpdated: z.number().int().min(0) }),
  ),
  /** The maps that use a persona. */
  'personas.usage': op(z.object({ id: IdSchema }), z.array(PersonaUsageSchema)),
} as const satisfies Record<string, OperationSpec>;
export type PersonaHandlers = OperationHandlers<typeof personaOperations>;
