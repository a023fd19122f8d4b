import { describe, expect, it } from 'vitest';
import { exceedsJsonDepth, jsonErrorPosition, looksBinary, stripBom } from './json-text';

describe('JSON text from outside', () => {
  it('strips one UTF-8 byte-order mark', () => {
    expect(stripBom('\uFEFF{"a":1}')).toBe('{"a":1}');
    expect(stripBom('{"a":1}')).toBe('{"a":1}');
  });

  it('measures nesting without being fooled by brackets in strings', () => {
    expect(exceedsJsonDepth('[[[]]]', 3)).toBe(false);
    expect(exceedsJsonDepth('[[[[]]]]', 3)).toBe(true);
    expect(exceedsJsonDepth('{"a":"[[[[[[\\"[[["}', 1)).toBe(false);
    expect(exceedsJsonDepth(`${'['.repeat(10_000)}${']'.repeat(10_000)}`, 64)).toBe(true);
  });

  it('gives the line and column of a syntax error, never its quoted text', () => {
    let caught: unknown;
    try {
      JSON.parse('{\n  "a": 1,\n}');
    } catch (error) {
      caught = error;
    }
    expect(jsonErrorPosition(caught)).toEqual({ line: 3, column: 1 });
    expect(jsonErrorPosition(new Error('Unexpected token'))).toBeUndefined();
  });

  it('tells decoded binary from text', () => {
    expect(looksBinary('\uFFFD\uFFFD\u0000\u0010JFIF')).toBe(true);
    expect(looksBinary('{"title": "Café\\t"}\n\t')).toBe(false);
  });
});
