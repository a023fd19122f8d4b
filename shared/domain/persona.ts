import { z } from 'zod';
import {
  IdSchema,
  LIMITS,
  LongTextSchema,
  NameSchema,
  ShortTextSchema,
  TextListSchema,
  TimestampSchema,
} from './primitives';

/**
 * An avatar image as a data URL. Only PNG, JPEG and WebP are accepted; the renderer re-encodes the
 * picture through a canvas before sending it, and the backend checks the magic bytes again.
 */
export const AvatarImageSchema = z
  .string()
  .max(Math.ceil((LIMITS.avatarBytes * 4) / 3) + 40, 'avatar image is larger than 512 KB')
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/, 'must be a PNG, JPEG or WebP data URL');

/** A reusable persona from the library, shown on any number of maps. */
export const PersonaSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  role: ShortTextSchema.default(''),
  /** Null shows initials on `avatarColor`. */
  avatarImage: AvatarImageSchema.nullable().default(null),
  avatarColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default('#5b6cf0'),
  quote: ShortTextSchema.default(''),
  goals: TextListSchema.default([]),
  needs: TextListSchema.default([]),
  frustrations: TextListSchema.default([]),
  demographics: LongTextSchema.default(''),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Persona = z.infer<typeof PersonaSchema>;
