import { describe, expect, it } from 'vitest';
import type { MapSummary } from '../../shared/domain';
import { sortMaps } from './library-sort';

const map = (name: string, updatedAt: string): MapSummary => ({
  id: name,
  name,
  description: '',
  language: 'en',
  stageCount: 1,
  cardCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt,
});

describe('sortMaps', () => {
  const maps = [
    map('beta', '2026-03-01T00:00:00.000Z'),
    map('Map 10', '2026-01-01T00:00:00.000Z'),
    map('alpha', '2026-02-01T00:00:00.000Z'),
    map('Map 2', '2026-04-01T00:00:00.000Z'),
  ];

  it('puts the last changed map first', () => {
    expect(sortMaps(maps, 'updated', 'en').map((m) => m.name)).toEqual(['Map 2', 'beta', 'alpha', 'Map 10']);
  });

  it('sorts by name as people read it: case aside, numbers by value', () => {
    expect(sortMaps(maps, 'name', 'en').map((m) => m.name)).toEqual(['alpha', 'beta', 'Map 2', 'Map 10']);
  });

  it('sorts Chinese names by pinyin and leaves the input alone', () => {
    const zh = [map('用户旅程', '2026-01-01T00:00:00.000Z'), map('电商', '2026-01-02T00:00:00.000Z')];
    expect(sortMaps(zh, 'name', 'zh-CN').map((m) => m.name)).toEqual(['电商', '用户旅程']);
    expect(zh[0]?.name).toBe('用户旅程');
  });
});
