import { ApiError } from '../api/errors';
import { FunnelFileError } from './file-errors';
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

const NOT_TEXT =
  'This is not a text or CSV file: it holds binary data, not a table of numbers. Export the funnel as CSV (or tab-separated text) and import that file.';

/** How much of a file is looked at to tell text from binary data. */
const SNIFF_BYTES = 8_192;
/** Above this share of control bytes a file is binary data; text files have next to none. */
const MAX_CONTROL_SHARE = 0.02;

/** A control character no text or CSV file holds: C0 controls other than tab, line feed, carriage return, and DEL. */
const isStrayControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;

/**
 * Whether bytes (with no byte order mark and not UTF-16) are binary data rather than text in some
 * 8-bit or multi-byte encoding: a NUL byte, or more than a few stray control bytes. Every supported
 * encoding keeps these bytes for the same ASCII controls, so this holds whatever the encoding.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (isStrayControl(byte)) controls += 1;
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE;
}

/** Above this share of unreadable characters, bytes are not text in any encoding (a few: a foreign one). */
const MAX_UNDECODABLE_SHARE = 0.1;

/** The share of characters UTF-8 cannot read: high for binary data, low for e.g. a Windows-1252 file. */
function undecodableShare(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_BYTES));
  let bad = 0;
  for (const char of text) if (char === '\ufffd') bad += 1;
  return text.length === 0 ? 0 : bad / text.length;
}

/** The same test on decoded text (a UTF-16 file whose characters are binary garbage). */
function looksBinaryText(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if (isStrayControl(code) || code === 0xfffd) controls += 1;
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE;
}

/**
 * Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 LE/BE (with a BOM, or
 * recognised by its zero bytes), else GB18030, the superset of GBK that Excel on Chinese Windows saves.
 *
 * Binary data is told apart from text first (NUL and other control bytes, or bytes no supported
 * encoding can read), so random bytes are called "not a text file" rather than blamed on GB18030.
 *
 * @throws FunnelFileError (`invalid_input`, path `file`) for a spreadsheet workbook or a file that is
 *   not text; ApiError `invalid_input` (path `file`) for a file whose byte order mark names an
 *   encoding its bytes are not valid in.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new FunnelFileError(
      'workbook',
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
    const utf16 = sniffUtf16(bytes);
    if (utf16 === null && looksBinary(bytes)) throw new FunnelFileError('notText', NOT_TEXT);
    encoding = utf16 ?? (decodeStrict(bytes, 'utf-8') !== null ? 'utf-8' : 'gb18030');
  }
  const text = decodeStrict(body, encoding);
  if (text === null) {
    // Without a byte order mark the encoding was only a guess: bytes that neither UTF-8 nor GB18030
    // can read are not text in any encoding the app knows, so no encoding is blamed.
    if (!bom) {
      if (undecodableShare(bytes) > MAX_UNDECODABLE_SHARE) throw new FunnelFileError('notText', NOT_TEXT);
      throw new FunnelFileError(
        'unknownEncoding',
        'This text file uses an encoding the app cannot read (not UTF-8, UTF-16 or GBK/GB18030). Save it again as “CSV UTF-8” and import that.',
      );
    }
    throw new ApiError(
      'invalid_input',
      `The file starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()} text. Save it again as CSV UTF-8 and import that.`,
      { path: 'file', reason: 'funnel_file_bad_bom', params: { encoding: encoding.toUpperCase() } },
    );
  }
  if (looksBinaryText(text)) throw new FunnelFileError('notText', NOT_TEXT);
  return { text, encoding, bom };
}
