import { describe, expect, it } from 'vitest';
import { en } from './en';
import { languageFromLocale, resolveLanguage } from './language';
import { zhCN } from './zh-CN';

describe('language choice', () => {
  it('follows the system language when nothing is stored', () => {
    expect(resolveLanguage(null, 'zh-TW')).toBe('zh-CN');
    expect(resolveLanguage(null, 'zh')).toBe('zh-CN');
    expect(resolveLanguage(null, 'en-GB')).toBe('en');
    expect(resolveLanguage(null, 'de-DE')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });

  it('keeps a stored choice over the system language', () => {
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
    expect(resolveLanguage('zh-CN', 'en-US')).toBe('zh-CN');
  });
});

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const english = leaves(en);
  const chinese = leaves(zhCN as Tree);

  it('have the same keys and the same placeholders in both languages', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english)
      expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('are translated: Chinese UI strings contain Chinese, except names shown as themselves', () => {
    const sameOnPurpose = new Set([
      'language.en',
      'language.zh-CN',
      'editor.summary',
      'editor.cardName',
      'versions.save.shortcut',
      'metrics.importDialog.formats.csv',
      'export.picture.count',
    ]);
    for (const [key, text] of chinese) {
      if (sameOnPurpose.has(key)) continue;
      // A pattern made only of placeholders and punctuation (e.g. "{{stage}}：{{label}}") has no words
      // to translate; any word in it must be Chinese.
      const words = text.replace(/\{\{\w+\}\}/g, '');
      if (!/[A-Za-z\u4e00-\u9fff]/.test(words)) continue;
      expect(/[\u4e00-\u9fff]/.test(text), `${key}: ${text}`).toBe(true);
    }
  });
});
