import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  formatNameList,
  FunnelFileError,
  parseFunnelFile,
  type ImportWarning,
} from '../../shared/funnel-import';
import { errorMessage } from '../api';
import { fixedLanguageTranslator } from '../api/fixed-language-translator';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { importErrorPlace, importWarningText } from './import-messages';

async function translator(language: 'en' | 'zh-CN') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const rates: ImportWarning = {
  code: 'ratesIgnored',
  message: '',
  params: { columns: ['Completion rate', 'Abandonment rate'] },
};

describe('formatNameList', () => {
  it('quotes names and joins them the language’s way', () => {
    expect(formatNameList(['Completion rate', 'Abandonment rate'], 'en')).toBe(
      '“Completion rate” and “Abandonment rate”',
    );
    expect(formatNameList(['A', 'B', 'C'], 'en')).toBe('“A”, “B”, and “C”');
    expect(formatNameList(['完成率', '放弃率'], 'zh-CN')).toBe('“完成率”和“放弃率”');
    expect(formatNameList([' ', 'Only'], 'en')).toBe('“Only”');
  });
});

describe('importWarningText', () => {
  it('names the ignored rate columns properly, in English and Chinese', async () => {
    expect(importWarningText(rates, await translator('en'), 'en')).toBe(
      'The file’s rate columns “Completion rate” and “Abandonment rate” were not imported; conversion is computed from the counts.',
    );
    expect(importWarningText(rates, await translator('zh-CN'), 'zh-CN')).toBe(
      '未导入文件中的比率列“Completion rate”和“Abandonment rate”，转化率根据人数计算。',
    );
  });

  it('names left-out segments with the right plural', async () => {
    const t = await translator('en');
    const one: ImportWarning = {
      code: 'segmentsIgnored',
      message: '',
      params: { segment: 'All Users', skipped: ['Mobile'] },
    };
    const two: ImportWarning = { ...one, params: { segment: 'All Users', skipped: ['Mobile', 'Desktop'] } };
    expect(importWarningText(one, t, 'en')).toBe(
      'Only segment “All Users” was imported; “Mobile” was left out.',
    );
    expect(importWarningText(two, t, 'en')).toBe(
      'Only segment “All Users” was imported; “Mobile” and “Desktop” were left out.',
    );
  });
});

describe('import errors', () => {
  it('says a file is not text in the UI language', async () => {
    const error = new FunnelFileError('notText', 'english');
    expect(errorMessage(error, fixedLanguageTranslator('en'))).toMatch(/^This is not a text or CSV file/);
    expect(errorMessage(error, fixedLanguageTranslator('zh-CN'))).toMatch(/^这不是文本或 CSV 文件/);
  });

  it('names the row and column of a bad cell in the UI language, with the cell’s text', async () => {
    const bytes = new TextEncoder().encode('Step,Users\nVisit,1000\nBuy,"12,3x5"\n');
    let error: unknown;
    try {
      parseFunnelFile(bytes, 'f.csv');
    } catch (caught) {
      error = caught;
    }
    expect(errorMessage(error, fixedLanguageTranslator('en'))).toBe(
      'Row 3, column "Users": "12,3x5" is not a number. Fix the cell and import again.',
    );
    expect(errorMessage(error, fixedLanguageTranslator('zh-CN'))).toBe(
      '第 3 行“Users”列：“12,3x5”不是数字。请修正该单元格后重新导入。',
    );
    expect(importErrorPlace(error, await translator('en'))).toBe('row 3, column "Users"');
    expect(importErrorPlace(error, await translator('zh-CN'))).toBe('第 3 行“Users”列');
  });
});
