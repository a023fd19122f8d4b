import { describe, expect, it } from 'vitest';
import { nowIso } from './primitives';

describe('nowIso', () => {
  it('never issues the same instant twice, even within one millisecond', () => {
    const stamps = Array.from({ length: 1_000 }, () => nowIso());
    for (let i = 1; i < stamps.length; i += 1) expect(stamps[i]! > stamps[i - 1]!).toBe(true);
    expect(Math.abs(Date.parse(stamps[0]!) - Date.now())).toBeLessThan(5_000);
  });
});
