import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ApiError,
  ERROR_CODES,
  ERROR_REASONS,
  invalidInputFromZod,
  ISSUE_REASONS,
  MAP_FILE_REPAIR_KINDS,
} from '../../shared/api';
import { parseMapFile } from '../../shared/export';
import { describeFieldPath, errorMessage } from './error-message';
import { fixedLanguageTranslator } from './fixed-language-translator';

const en = fixedLanguageTranslator('en');
const zh = fixedLanguageTranslator('zh-CN');

const thrownBy = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('every error in the contract can be said in every language', () => {
  it('has a text for each code, reason, issue reason and repair kind in en and zh-CN', () => {
    const keys = [
      ...ERROR_CODES.map((c) => `errors.${c}`),
      ...ERROR_REASONS.map((r) => `errors.reason.${r}`),
      ...ISSUE_REASONS.map((r) => `errors.issue.${r}`),
      ...MAP_FILE_REPAIR_KINDS.map((k) => `repairs.${k}_other`),
    ];
    for (const tr of [en, zh]) {
      const missing = keys.filter((key) => !tr.exists(key));
      expect(missing, tr.language).toEqual([]);
    }
  });
});

describe('errorMessage', () => {
  const png = () =>
    parseMapFile(
      new TextDecoder().decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
    );

  it('says a PNG renamed .journeymap is a PNG image, in Chinese in the Chinese UI', () => {
    const error = thrownBy(png);
    expect(errorMessage(error, zh)).toBe('这是一张 PNG 图片，不是旅程地图文件。请选择 .journeymap 文件。');
    expect(errorMessage(error, en)).toBe(
      'This is a PNG image, not a journey map file. Choose a .journeymap file.',
    );
  });

  it('translates a bad field from its path and issue (an empty persona name)', () => {
    const result = z.object({ name: z.string().trim().min(1, 'must not be empty') }).safeParse({ name: ' ' });
    const error = invalidInputFromZod(result.error!, 'input for personas.create');
    expect(errorMessage(error, zh)).toBe('名称不能为空。');
    expect(errorMessage(error, en)).toBe('Name must not be empty.');
  });

  it('names a map file field in words with its path, and counts the other problems', () => {
    const error = new ApiError('invalid_input', 'Invalid map file: map.cards.2.score ...', {
      path: 'map.cards.2.score',
      issues: [
        { path: 'map.cards.2.score', message: 'Too big', reason: 'at_most', params: { maximum: 2 } },
        { path: 'map.cards.4.title', message: 'Too big', reason: 'too_long', params: { maximum: 200 } },
      ],
    });
    expect(errorMessage(error, en)).toBe(
      'Card 3’s score (map.cards.2.score) must be at most 2 (and 1 more problem).',
    );
    expect(errorMessage(error, zh)).toBe('卡片 3 的分数（map.cards.2.score）必须最多为 2（另有 1 处问题）。');
  });

  it('formats numbers for the language and translates the thing not found', () => {
    const error = new ApiError('not_found', 'No version with id "v1" exists in this library.', {
      reason: 'item_not_found',
      params: { what: 'version', id: 'v1' },
    });
    expect(errorMessage(error, zh)).toBe('资料库中没有 ID 为“v1”的版本。');
    expect(errorMessage(error, en)).toBe('No version with id "v1" exists in this library.');
    const big = new ApiError('too_large', 'big', { reason: 'request_too_large', params: { maxMb: 1024 } });
    expect(errorMessage(big, en)).toBe('The request is larger than the 1,024 MB limit.');
  });

  it('without a reason: the code in Chinese with the English detail, the English message in English', () => {
    const error = new ApiError('conflict', 'Persona “Ann” is used by 2 maps (A, B).');
    expect(errorMessage(error, en)).toBe('Persona “Ann” is used by 2 maps (A, B).');
    expect(errorMessage(error, zh)).toBe(
      '该操作与资料库的当前状态不符。请重新加载后再试。（英文详情：Persona “Ann” is used by 2 maps (A, B).）',
    );
    const field = new ApiError('invalid_input', 'Invalid input: endDate must not be before the start date', {
      path: 'endDate',
      issues: [{ path: 'endDate', message: 'must not be before the start date' }],
    });
    expect(errorMessage(field, en)).toBe('Invalid input: endDate must not be before the start date');
    expect(errorMessage(field, zh)).toBe('结束日期无效（英文详情：must not be before the start date）。');
  });

  it('falls back to the English message for a reason this renderer does not know', () => {
    const data = { code: 'nonsense', message: 'From a newer backend.', reason: 'brand_new' } as never;
    expect(errorMessage(ApiError.fromData(data), zh)).toBe('From a newer backend.');
  });
});

describe('field paths in words', () => {
  it('counts list positions from 1 and keeps unknown parts as they are', () => {
    expect(describeFieldPath('name', en)).toBe('name');
    expect(describeFieldPath('versions.0.snapshot.map.cards.2.tags.1', en)).toBe(
      'version 1 › card 3 › tag 2 (versions.0.snapshot.map.cards.2.tags.1)',
    );
    expect(describeFieldPath('personas.0.avatarImage', zh)).toBe(
      '用户画像 1 的头像图片（personas.0.avatarImage）',
    );
    expect(describeFieldPath('stageMatches.3.weird', en)).toBe(
      'stageMatches › 3 › weird (stageMatches.3.weird)',
    );
    expect(describeFieldPath('(root)', zh)).toBe('输入内容');
  });
});
