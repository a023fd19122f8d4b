import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimitedText } from './delimited-text';
import type { FunnelFileDelimiter } from './types';

/** Writes cells as RFC 4180 does: quote a cell holding a delimiter, quote or line break. */
function writeDelimited(rows: readonly (readonly string[])[], delimiter: string, lineEnd: string): string {
  const quote = (cell: string) =>
    /[",;\t\r\n]/.test(cell) || cell.startsWith('#') ? `"${cell.replaceAll('"', '""')}"` : cell;
  return rows.map((row) => row.map(quote).join(delimiter)).join(lineEnd);
}

describe('parseDelimitedText properties', () => {
  it('reads back whatever an RFC 4180 writer wrote', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'Z', '认', ' ', '"', ',', ';', '\t', '\n', '\r\n', '1', '#'),
      maxLength: 8,
    });
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
      );
    fc.assert(
      fc.property(
        table,
        fc.constantFrom<FunnelFileDelimiter>(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n', '\r'),
        (rows, delimiter, lineEnd) => {
          const parsed = parseDelimitedText(writeDelimited(rows, delimiter, lineEnd), delimiter);
          // Blank records are dropped by design.
          const expected = rows.filter((row) => row.some((c) => c.trim() !== ''));
          expect(parsed.rows.map((row) => row.cells)).toEqual(expected);
          expect(parsed.comments).toEqual([]);
        },
      ),
    );
  });
});
