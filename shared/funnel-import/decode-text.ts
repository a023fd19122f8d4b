import { ApiError } from '../api/errors';
import type { FunnelFileEncoding } from './types';

// shared/ has no DOM or Node types, yet TextDecoder is a global of both browsers and Node (with full
// ICU, which decodes gb18030); declare the small part used here.
interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

/** Decoded text of a file and how it was encoded. */
export interface DecodedText {
  /** The text without its byte order mark. */
  text: string;
  encoding: FunnelFileEncoding;
  bom: boolean;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte);

/** UTF-16 without a byte order mark shows as ASCII with a zero byte beside every character. */
function sniffUtf16(bytes: Uint8Array): FunnelFileEncoding | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 2_000);
  if (sample < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) zeroEven += 1;
    if (bytes[i + 1] === 0) zeroOdd += 1;
  }
  const pairs = sample / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeStrict(bytes: Uint8Array, encoding: FunnelFileEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function unreadable(message: string): ApiError {
  return new ApiError('invalid_input', message, { path: 'file' });
}

/**
 * Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 LE/BE (with a BOM, or
 * recognised by its zero bytes), else GB18030, the superset of GBK that Excel on Chinese Windows saves.
 *
 * @throws ApiError `invalid_input` (path `file`) for a spreadsheet workbook, a binary file or bytes
 *   that are not valid in the detected encoding.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw unreadable(
      'This is a spreadsheet workbook, not a text file. Save it as CSV (or tab-separated text) and import that.',
    );
  }
  let encoding: FunnelFileEncoding;
  let body = bytes;
  let bom = true;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else {
    bom = false;
    encoding = sniffUtf16(bytes) ?? (decodeStrict(bytes, 'utf-8') !== null ? 'utf-8' : 'gb18030');
  }
  const text = decodeStrict(body, encoding);
  if (text === null) {
    throw unreadable(
      `The file is not valid ${encoding.toUpperCase()} text. Save it again as CSV UTF-8 and import that.`,
    );
  }
  if (text.includes('\u0000')) {
    throw unreadable('The file contains binary data, not text. Import a CSV or tab-separated text file.');
  }
  return { text, encoding, bom };
}
