import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { buildTemplateMap } from '../templates';
import { buildMapFile, parseMapFile } from './map-file';

/** A small valid map file. */
function validText(): string {
  let n = 0;
  const map = buildTemplateMap('sales-funnel', 'en', 'Funnel', {
    makeId: () => `id${++n}`,
    now: '2026-01-01T00:00:00.000Z',
  });
  return buildMapFile({
    map,
    personas: [],
    periods: [],
    metrics: [],
    versions: [],
    app: { name: 'Journey Maps', version: '1.0.0' },
    exportedAt: '2026-03-03T00:00:00.000Z',
  });
}

function refusal(text: string): ApiError {
  try {
    parseMapFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a refusal');
}

/** Bytes as the browser's `File.text()` decodes them: UTF-8 with U+FFFD for invalid sequences. */
const asText = (bytes: number[]): string => new TextDecoder().decode(new Uint8Array(bytes));

const ascii = (text: string): number[] => [...new TextEncoder().encode(text)];

/** Printable ASCII, the English punctuation we write, and nothing else: never a byte of the file. */
const PLAIN = /^[\x20-\x7e]*$/;

describe('map file: a file that is not a map file says what it is, never quoting its bytes', () => {
  const cases: [string, number[], string][] = [
    [
      'png',
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52],
      'PNG image',
    ],
    ['jpeg', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0], 'JPEG image'],
    ['gif', [...ascii('GIF89a'), 1, 0, 1, 0, 0x80, 0], 'GIF image'],
    ['pdf', [...ascii('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3], 'PDF document'],
    ['zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0], 'ZIP archive'],
  ];
  for (const [kind, bytes, words] of cases) {
    it(`a ${kind.toUpperCase()} renamed .journeymap`, () => {
      const error = refusal(asText([...bytes, ...new Array<number>(64).fill(0x9c)]));
      expect(error.code).toBe('invalid_input');
      expect(error.reason).toBe(`map_file_is_${kind}`);
      expect(error.message).toContain(`This is a ${words}`);
      expect(error.message).toMatch(PLAIN);
    });
  }

  it('other binary is "not a text file"', () => {
    const error = refusal(asText([0x00, 0x01, 0xfe, 0x13, 0x37, 0x00, 0xc3]));
    expect(error.reason).toBe('map_file_not_text');
    expect(error.message).toMatch(PLAIN);
  });

  it('a map file saved as UTF-16 is named as such, with or without a byte-order mark', () => {
    const utf16 = (bom: boolean): string => {
      const body = [...validText()].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
      return asText(bom ? [0xff, 0xfe, ...body] : body);
    };
    expect(refusal(utf16(true)).reason).toBe('map_file_utf16');
    expect(refusal(utf16(false)).reason).toBe('map_file_utf16');
  });

  it('broken JSON names the line and column instead of quoting the text', () => {
    const error = refusal('{\n  "format": "journey-map-file",\n}');
    expect(error.reason).toBe('map_file_not_json_at');
    expect(error.params).toEqual({ line: 3, column: 1 });
    expect(error.message).not.toContain('"format"');
  });

  it('a wrong format is quoted short', () => {
    const error = refusal(JSON.stringify({ format: 'x'.repeat(100_000) }));
    expect(error.reason).toBe('map_file_wrong_format');
    expect(error.message.length).toBeLessThan(300);
  });
});

describe('map file: nesting, byte-order mark and repairs', () => {
  it('a valid file nested 10,000 levels deep is refused as nested too deep', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const text = validText().replace('"app": {', `"deep": ${deep},\n  "app": {`);
    const error = refusal(text);
    expect(error.code).toBe('invalid_input');
    expect(error.reason).toBe('map_file_too_deep');
    expect(error.params).toEqual({ maxDepth: 64 });
    expect(error.message).not.toContain('call stack');
  });

  it('a file that starts with a UTF-8 byte-order mark is read', () => {
    const { file } = parseMapFile(`\uFEFF${validText()}`);
    expect(file.map.name).toBe('Funnel');
  });

  it('1.2 million __proto__ objects are one counted repair with three examples', () => {
    const many = new Array<string>(1_200_000).fill('{"__proto__":{"polluted":1}}').join(',');
    const text = validText().replace('"app": {', `"junk": [${many}],\n  "app": {`);
    const { repairs } = parseMapFile(text);
    expect(repairs.list()).toEqual([
      {
        kind: 'dropped_field',
        count: 1_200_000,
        params: { key: '__proto__' },
        examples: ['junk.0.__proto__', 'junk.1.__proto__', 'junk.2.__proto__'],
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('each hostile key is its own entry', () => {
    const text = validText().replace(
      '"app": {',
      '"__proto__": {}, "a": {"constructor": 1, "b": {"prototype": 2, "constructor": 3}},\n  "app": {',
    );
    const { repairs } = parseMapFile(text);
    expect(repairs.list().map((r) => [r.params?.key, r.count, r.examples])).toEqual([
      ['__proto__', 1, ['__proto__']],
      ['constructor', 2, ['a.constructor', 'a.b.constructor']],
      ['prototype', 1, ['a.b.prototype']],
    ]);
  });
});

describe('map file: card kinds', () => {
  it('carries action and thought cards through a file and back', () => {
    const parsed = parseMapFile(validText());
    const kinds = new Set(parsed.file.map.cards.map((c) => c.kind));
    expect(kinds.has('action')).toBe(true);
    const thought = { ...parsed.file.map.cards[0], kind: 'thought' };
    const file = JSON.parse(validText()) as { map: { cards: unknown[] } };
    file.map.cards.push({ ...thought, id: 'thought-1', order: 9 });
    const reread = parseMapFile(JSON.stringify(file));
    expect(reread.file.map.cards.find((c) => c.id === 'thought-1')?.kind).toBe('thought');
  });

  it('still reads a file from before the new kinds, whose actions are notes', () => {
    const file = JSON.parse(validText()) as { map: { cards: { kind: string }[] } };
    for (const card of file.map.cards) if (card.kind === 'action') card.kind = 'note';
    const parsed = parseMapFile(JSON.stringify(file));
    expect(parsed.file.map.cards.some((c) => c.kind === 'note')).toBe(true);
    expect(parsed.file.map.cards.some((c) => c.kind === 'action')).toBe(false);
  });
});
