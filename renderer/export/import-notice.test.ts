import { describe, expect, it } from 'vitest';
import type { MapFileImportResult } from '../../shared/api';
import { i18next, resources } from '../i18n/i18n';
import { importNotice } from './import-map-file';

const result = (repairs: MapFileImportResult['repairs']): MapFileImportResult => ({
  map: {
    id: 'm1',
    name: 'Funnel',
    description: '',
    language: 'en',
    stageCount: 1,
    cardCount: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  } as MapFileImportResult['map'],
  repairs,
  personasReused: 0,
  personasCreated: 0,
});

const hostile = result([
  {
    kind: 'dropped_field',
    count: 1_200_000,
    params: { key: '__proto__' },
    examples: ['junk.0.__proto__', 'junk.1.__proto__', 'junk.2.__proto__'],
  },
  { kind: 'missing_persona', count: 1, examples: ['p9'] },
]);

describe('the import notice counts repairs per kind', () => {
  it('in English', async () => {
    await i18next.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
    await i18next.changeLanguage('en');
    expect(importNotice(hostile)).toBe(
      'Imported “Funnel” with 1,200,001 repairs: dropped 1,200,000 unknown fields named __proto__ ' +
        '(e.g. at junk.0.__proto__, junk.1.__proto__, junk.2.__proto__); removed 1 reference to a persona ' +
        'that is neither in the file nor in this library (p9).',
    );
    expect(importNotice(result([]))).toBe('Imported “Funnel”.');
  });

  it('in Chinese', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(importNotice(hostile)).toBe(
      '已导入“Funnel”，修复了 1,200,001 处：删除了 1,200,000 个名为 __proto__ 的未知字段' +
        '（如 junk.0.__proto__, junk.1.__proto__, junk.2.__proto__）；移除了 1 个对用户画像的引用，' +
        '所引用的画像既不在文件中也不在本资料库中（如 p9）。',
    );
  });
});
