/**
 * Helpers for JSON text that comes from outside (map files, API request bodies): what `JSON.parse`
 * alone gets wrong for people (a byte-order mark, pathological nesting, messages that quote the text).
 */

const BOM = '\uFEFF';

/** The text without a leading UTF-8 byte-order mark (Windows editors write one; JSON forbids it). */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/**
 * Whether the JSON text nests arrays and objects deeper than `maxDepth`, found by one linear scan
 * that skips strings. Checked before parsing: code that walks parsed values recursively (revivers,
 * schemas) would otherwise run out of stack on a file nested thousands of levels deep.
 */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i += 1;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth -= 1;
    }
  }
  return false;
}

/**
 * Where `JSON.parse` stopped, as 1-based line and column, if its message says so. The message itself
 * is never shown: V8 quotes a piece of the text in it, which for a binary file is raw bytes.
 */
export function jsonErrorPosition(error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : '';
  const match = /\(line (\d+) column (\d+)\)/.exec(message);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]) };
}

/**
 * Whether text looks like the decoding of a binary file: control characters JSON never allows
 * outside strings (NUL and friends), or U+FFFD, the character decoders put for invalid UTF-8.
 */
export function looksBinary(text: string, sample = 4096): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/.test(text.slice(0, sample));
}

/**
 * Whether text looks like a UTF-16 file read as UTF-8 (Windows "Unicode" saves): every other
 * character NUL, after the byte-order mark, which UTF-8 decoding turned into U+FFFD.
 */
export function looksUtf16(text: string): boolean {
  const sample = text.replace(/^\ufffd{1,2}/, '').slice(0, 64);
  if (sample.length < 4) return false;
  let nul = 0;
  for (let i = 0; i < sample.length; i += 1) if (sample.charCodeAt(i) === 0) nul += 1;
  return nul >= sample.length * 0.4;
}
