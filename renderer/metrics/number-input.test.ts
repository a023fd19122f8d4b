import { describe, expect, it } from 'vitest';
import { readCountInput, readNonNegativeInput } from './number-input';

describe('readCountInput', () => {
  it.each([
    ['1000', 1000],
    [' 600 ', 600],
    ['0', 0],
    ['12,345', 12345],
    ['', null],
    ['  ', null],
  ])('accepts %j as %j', (text, value) => {
    expect(readCountInput(text)).toEqual({ ok: true, value });
  });

  it.each(['12.5', '-3', 'abc', '1e3', '12,34', '99999999999999999999', '+5'])('refuses %j', (text) => {
    expect(readCountInput(text)).toEqual({ ok: false });
  });
});

describe('readNonNegativeInput', () => {
  it.each([
    ['60', 60],
    ['4.5', 4.5],
    ['.5', 0.5],
    ['', null],
  ])('accepts %j', (text, value) => {
    expect(readNonNegativeInput(text)).toEqual({ ok: true, value });
  });
  it.each(['-1', 'x', '1,5', '100001'])('refuses %j', (text) => {
    expect(readNonNegativeInput(text)).toEqual({ ok: false });
  });
});
