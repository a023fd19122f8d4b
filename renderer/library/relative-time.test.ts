import { describe, expect, it } from 'vitest';
import { formatWhen } from './relative-time';

const now = Date.parse('2025-03-10T12:00:00.000Z');

describe('formatWhen', () => {
  it('says "now" for the last minute and counts minutes, hours, days after that', () => {
    expect(formatWhen('2025-03-10T11:59:40.000Z', now, 'en')).toBe('now');
    expect(formatWhen('2025-03-10T11:55:00.000Z', now, 'en')).toBe('5 minutes ago');
    expect(formatWhen('2025-03-10T09:00:00.000Z', now, 'en')).toBe('3 hours ago');
    expect(formatWhen('2025-03-09T12:00:00.000Z', now, 'en')).toBe('yesterday');
  });

  it('follows the UI language', () => {
    expect(formatWhen('2025-03-10T11:55:00.000Z', now, 'zh-CN')).toBe('5分钟前');
    expect(formatWhen('2025-03-09T12:00:00.000Z', now, 'zh-CN')).toBe('昨天');
  });

  it('shows a date for older changes, and nothing for a broken timestamp', () => {
    expect(formatWhen('2024-12-25T12:00:00.000Z', now, 'en')).toBe('Dec 25, 2024');
    expect(formatWhen('2024-12-25T12:00:00.000Z', now, 'zh-CN')).toBe('2024年12月25日');
    expect(formatWhen('not a date', now, 'en')).toBe('');
  });
});
