import { describe, expect, it } from 'vitest';
import { COMMAND_LABELS } from '../../shared/commands/command-labels';
import { glossaryViolations, ZH_GLOSSARY } from '../../shared/i18n/glossary';
import { TEMPLATES } from '../../shared/templates';
import { zhCN } from './zh-CN';

/** Every string in a nested object, with its dotted path. */
function stringsOf(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => stringsOf(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) stringsOf(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** The Chinese texts of the templates: every `zh` of a bilingual text, at any depth. */
function templateChinese(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => templateChinese(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) {
      if (k === 'zh' && typeof v === 'string') out.push([path, v]);
      else templateChinese(v, `${path}.${k}`, out);
    }
  return out;
}

const violations = (texts: [string, string][]) =>
  texts.flatMap(([path, text]) => glossaryViolations(text).map((v) => `${path}: “${text}” has ${v}`));

describe('the Chinese glossary', () => {
  it('is used by every zh-CN interface string', () => {
    const texts = stringsOf(zhCN, '');
    expect(texts.length).toBeGreaterThan(500);
    expect(violations(texts)).toEqual([]);
  });

  it('is used by the command and menu labels', () => {
    expect(violations(stringsOf(COMMAND_LABELS['zh-CN'], 'commands'))).toEqual([]);
  });

  it('is used by every template text', () => {
    const texts = templateChinese(TEMPLATES, 'templates');
    expect(texts.length).toBeGreaterThan(100);
    expect(violations(texts)).toEqual([]);
  });

  it('names each term with its own preferred word, which no banned pattern matches', () => {
    for (const term of ZH_GLOSSARY) {
      expect(glossaryViolations(term.zh), term.en).toEqual([]);
      expect(
        stringsOf(zhCN, '').some(([, text]) => text.includes(term.zh)),
        term.zh,
      ).toBe(true);
    }
  });

  it('keeps the persona card and the persona library apart in both languages', () => {
    expect(zhCN.canvas.palette.persona).toBe('画像卡片');
    expect(zhCN.personas.button).toBe('用户画像库');
    expect(glossaryViolations('机会 画像库 旅程图')).toHaveLength(3);
  });
});
