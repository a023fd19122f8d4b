import { LIMITS } from '../../../shared/domain';
import { invalidField } from '../services/service-errors';

/** The translated reason of every content problem: "must be a PNG, JPEG or WebP image". */
const BAD_AVATAR = 'bad_avatar';

type AvatarMime = 'image/png' | 'image/jpeg' | 'image/webp';

const DATA_URL = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]+=*)$/;

/** What the first bytes of a file say it is, for the three formats an avatar may be. */
export function sniffImageType(bytes: Uint8Array): AvatarMime | null {
  const starts = (sig: readonly number[], offset = 0) => sig.every((b, i) => bytes[offset + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF <4-byte size> WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/**
 * Checks an avatar data URL before it is stored: a PNG, JPEG or WebP data URL whose decoded bytes
 * really are that format (magic bytes) and at most {@link LIMITS.avatarBytes}. The schema already
 * checked the shape; this checks the content, so an HTML or SVG file renamed `.png`, or a JPEG
 * labelled as PNG, never reaches the library.
 *
 * @throws ApiError `invalid_input` on path `avatarImage`.
 */
export function checkAvatarImage(dataUrl: string): void {
  const match = DATA_URL.exec(dataUrl);
  if (!match) throw invalidField('avatarImage', 'must be a PNG, JPEG or WebP data URL', BAD_AVATAR);
  const declared = match[1] as AvatarMime;
  const bytes = Buffer.from(match[2] as string, 'base64');
  if (bytes.length === 0) throw invalidField('avatarImage', 'is empty', 'empty');
  if (bytes.length > LIMITS.avatarBytes) {
    throw invalidField(
      'avatarImage',
      `is ${Math.ceil(bytes.length / 1024)} KB; the limit is 512 KB`,
      'too_big_file',
      {
        sizeKb: Math.ceil(bytes.length / 1024),
        maxKb: LIMITS.avatarBytes / 1024,
      },
    );
  }
  const actual = sniffImageType(bytes);
  if (actual === null) {
    throw invalidField(
      'avatarImage',
      'is not a PNG, JPEG or WebP image (its bytes say otherwise)',
      BAD_AVATAR,
    );
  }
  if (actual !== declared) {
    throw invalidField('avatarImage', `is declared ${declared} but its bytes are ${actual}`, BAD_AVATAR);
  }
}
