import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { readFileSync } from 'node:fs';
import {
  readCountCell,
  readDateCell,
  readDecimalCell,
  unguardFormula,
} from '../../shared/funnel-import/cell-values';
import { decodeText } from '../../shared/funnel-import/decode-text';
import { FunnelFileError } from '../../shared/funnel-import/file-errors';
import { parseFunnelFile } from '../../shared/funnel-import/parse-funnel-file';
import { detectDelimiter, parseDelimitedText } from '../../shared/funnel-import/delimited-text';

const sample = 'Stage,人数\n认知,1\n';
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);

describe('decodeText', () => {
  it.each([
    { name: 'UTF-8', bytes: new TextEncoder().encode(sample), encoding: 'utf-8', bom: false },
    {
      name: 'UTF-8 with BOM',
      bytes: withBom([0xef, 0xbb, 0xbf], new TextEncoder().encode(sample)),
      encoding: 'utf-8',
      bom: true,
    },
    {
      name: 'UTF-16 LE with BOM',
      bytes: withBom([0xff, 0xfe], iconv.encode(sample, 'utf16le')),
      encoding: 'utf-16le',
      bom: true,
    },
    {
      name: 'UTF-16 BE with BOM',
      bytes: withBom([0xfe, 0xff], iconv.encode(sample, 'utf16be')),
      encoding: 'utf-16be',
      bom: true,
    },
    {
      name: 'UTF-16 LE without BOM',
      bytes: new Uint8Array(iconv.encode(sample, 'utf16le')),
      encoding: 'utf-16le',
      bom: false,
    },
    {
      name: 'UTF-16 BE without BOM',
      bytes: new Uint8Array(iconv.encode(sample, 'utf16be')),
      encoding: 'utf-16be',
      bom: false,
    },
    { name: 'GBK', bytes: new Uint8Array(iconv.encode(sample, 'gbk')), encoding: 'gb18030', bom: false },
    {
      name: 'GB18030',
      bytes: new Uint8Array(iconv.encode(`${sample}𠀀\n`, 'gb18030')),
      encoding: 'gb18030',
      bom: false,
    },
  ])('decodes $name', ({ bytes, encoding, bom }) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.bom).toBe(bom);
    expect(decoded.text.startsWith(sample)).toBe(true);
  });

  it('refuses binary data', () => {
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x42, 0x00, 0x00, 0x00, 0x43]))).toThrow(
      ApiError,
    );
  });

  const fileProblem = (bytes: Uint8Array): FunnelFileError => {
    try {
      decodeText(bytes);
    } catch (error) {
      if (error instanceof FunnelFileError) return error;
      throw error;
    }
    throw new Error('expected a FunnelFileError');
  };

  it('calls random bytes "not a text or CSV file" instead of blaming GB18030', () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../fixtures/funnel/random-bytes.csv', import.meta.url)),
    );
    const error = fileProblem(bytes);
    expect(error).toMatchObject({ code: 'invalid_input', path: 'file', problem: 'notText' });
    expect(error.message).toMatch(/not a text or CSV file/);
    expect(error.message).not.toMatch(/GB18030|UTF-8/);
    // The whole import says the same, and never echoes the bytes.
    expect(() => parseFunnelFile(bytes, 'random-bytes.csv')).toThrow(/not a text or CSV file/);
  });

  it.each([
    { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d] },
    {
      name: 'control bytes without NUL',
      bytes: [0x41, 0x01, 0x02, 0x42, 0x03, 0x04, 0x43, 0x05, 0x06, 0x44],
    },
    // High bytes only: neither UTF-8 nor GB18030 (0x80 and 0xff lead no character in either).
    {
      name: 'undecodable high bytes',
      bytes: Array.from({ length: 64 }, (_, i) => (i % 2 === 0 ? 0xff : 0x80)),
    },
  ])('calls $name not text', ({ bytes }) => {
    expect(fileProblem(new Uint8Array(bytes)).problem).toBe('notText');
  });

  it('tells a text file in an unknown encoding (Windows-1252) apart from binary data', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('Stage,Count\nCaf'),
      0xe9,
      ...new TextEncoder().encode(',100\n'),
    ]);
    expect(fileProblem(latin1).problem).toBe('unknownEncoding');
  });

  it('says a workbook is a workbook', () => {
    expect(fileProblem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])).problem).toBe('workbook');
  });

  it('refuses a UTF-8 BOM followed by invalid bytes', () => {
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41]))).toThrow(/not valid UTF-8/);
  });
});

describe('detectDelimiter and parseDelimitedText', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n"1,5";2;3', ';'],
    ['a\tb\n1,000\t2', '\t'],
    ['# x;y;z;w\nstage,count\n', ','],
    ['"a;b",c\n', ','],
    ['only\n', ','],
    ['', ','],
  ])('%j uses %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('keeps comment lines with their rows and drops blank lines', () => {
    const parsed = parseDelimitedText('# Start date: 20240101\n\na,b\r\n\r\n1,2\r3,4', ',');
    expect(parsed.comments).toEqual([{ row: 1, text: 'Start date: 20240101' }]);
    expect(parsed.rows).toEqual([
      { row: 3, cells: ['a', 'b'] },
      { row: 5, cells: ['1', '2'] },
      { row: 6, cells: ['3', '4'] },
    ]);
  });

  it('keeps empty trailing cells and stray quotes inside unquoted cells', () => {
    expect(parseDelimitedText('a,,\n5" screen,1', ',').rows).toEqual([
      { row: 1, cells: ['a', '', ''] },
      { row: 2, cells: ['5" screen', '1'] },
    ]);
  });
});

describe('readCountCell and readDateCell', () => {
  it.each([
    ['12345', 12345],
    ['12,345', 12345],
    ['1,234,567', 1234567],
    ['12.345', 12345],
    ['12 345', 12345],
    ["12'345", 12345],
    ['12\u00a0345', 12345],
    ['１２３', 123],
    ['100.0', 100],
    ['1.2E+04', 12000],
    ['', null],
    ['—', null],
    ['(not set)', null],
  ])('count %j -> %j', (raw, value) => {
    expect(readCountCell(raw)).toEqual({ ok: true, value });
  });

  it.each(['abc', '12,34', '1.5', '-3', '45%', '1,2345', '99999999999999999999'])(
    'count %j is refused',
    (raw) => {
      expect(readCountCell(raw).ok).toBe(false);
    },
  );

  it.each([
    ['20240131', '2024-01-31'],
    ['2024-01-31', '2024-01-31'],
    ['2024/1/5', '2024-01-05'],
    ['2024.01.05 10:00', '2024-01-05'],
    ['2024年1月5日', '2024-01-05'],
  ])('date %j -> %j', (raw, value) => {
    expect(readDateCell(raw)).toEqual({ ok: true, value });
  });

  it.each(['20240230', 'Jan 5', '2024-13-01', ''])('date %j is refused', (raw) => {
    expect(readDateCell(raw).ok).toBe(false);
  });

  it.each([
    ['70', 70],
    ['66.7', 66.7],
    ['66.7%', 66.7],
    ['０.５', 0.5],
    ['', null],
    ['—', null],
  ])('decimal %j -> %j', (raw, value) => {
    expect(readDecimalCell(raw, 100_000)).toEqual({ ok: true, value });
  });

  it.each(['-1', 'abc', '1,5', '100001'])('decimal %j is refused', (raw) => {
    expect(readDecimalCell(raw, 100_000).ok).toBe(false);
  });

  it('never repeats control characters or a long cell in a problem', () => {
    const reading = readCountCell(`12\u0001\u0002${'x'.repeat(100)}`);
    expect(reading.ok).toBe(false);
    const problem = reading.ok ? '' : reading.problem;
    expect(problem).not.toMatch(/\p{Cc}/u);
    expect(problem.length).toBeLessThan(80);
  });

  it('takes off only the export’s formula guard', () => {
    expect(unguardFormula("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unguardFormula("'-5% off")).toBe('-5% off');
    expect(unguardFormula("'quoted'")).toBe("'quoted'");
    expect(unguardFormula('plain')).toBe('plain');
  });
});
