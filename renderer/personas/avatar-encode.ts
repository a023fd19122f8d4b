/** Side of the square avatar, in pixels. Enough for a 2x display at the largest size shown. */
export const AVATAR_SIZE = 256;
const MAX_BYTES = 512 * 1024;

export type AvatarEncodeError = 'unreadable' | 'tooLarge';

/** Decoded size of a base64 data URL, in bytes. */
export function dataUrlBytes(dataUrl: string): number {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length * 3) / 4 - padding;
}

/**
 * Turns a picked file into a 256x256 avatar data URL by drawing it on a canvas (centre-cropped to a
 * square) and encoding the pixels anew. Only the pixels survive: EXIF data (location, camera), ICC
 * payloads and anything scripted in an SVG or a polyglot file never reach the library. PNG first, then
 * WebP and JPEG if a photo makes the PNG larger than the 512 KB limit.
 */
export async function encodeAvatar(
  file: Blob,
): Promise<{ ok: true; dataUrl: string } | { ok: false; error: AvatarEncodeError }> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  try {
    const canvas = document.createElement('canvas');
    canvas.width = AVATAR_SIZE;
    canvas.height = AVATAR_SIZE;
    const context = canvas.getContext('2d');
    if (!context) return { ok: false, error: 'unreadable' };
    const side = Math.min(bitmap.width, bitmap.height);
    const sx = (bitmap.width - side) / 2;
    const sy = (bitmap.height - side) / 2;
    context.drawImage(bitmap, sx, sy, side, side, 0, 0, AVATAR_SIZE, AVATAR_SIZE);
    for (const [type, quality] of [
      ['image/png', undefined],
      ['image/webp', 0.85],
      ['image/jpeg', 0.85],
    ] as const) {
      const dataUrl = canvas.toDataURL(type, quality);
      // A browser that cannot encode a type falls back to PNG; only accept what was asked for.
      if (dataUrl.startsWith(`data:${type};base64,`) && dataUrlBytes(dataUrl) <= MAX_BYTES) {
        return { ok: true, dataUrl };
      }
    }
    return { ok: false, error: 'tooLarge' };
  } finally {
    bitmap.close();
  }
}
