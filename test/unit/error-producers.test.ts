import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ApiError, ERROR_CODES, ERROR_REASONS, invalidFieldError, ISSUE_REASONS } from '../../shared/api';
import { parseFunnelFile } from '../../shared/funnel-import';
import { errorMessage } from '../../renderer/api/error-message';
import { fixedLanguageTranslator } from '../../renderer/api/fixed-language-translator';

// Item 16: every error our code produces says what is wrong in the UI language. The renderer can
// only do that from a reason, so every producer gives one; the "general sentence + English detail"
// fallback is left for errors nobody foresaw.

const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = path.join(root, 'test/fixtures/funnel');

/** The code that produces errors: everything but tests, fixtures and build output. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}
const PRODUCERS = ['shared', 'electron', 'renderer'].flatMap(sourceFiles);
const text = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

/** The argument text of every call of `callee` in `code`, up to its closing parenthesis. */
function callArguments(code: string, callee: string): string[] {
  const calls: string[] = [];
  for (let at = code.indexOf(callee); at >= 0; at = code.indexOf(callee, at + 1)) {
    let depth = 0;
    let end = at + callee.length - 1;
    for (; end < code.length; end += 1) {
      if (code[end] === '(') depth += 1;
      else if (code[end] === ')' && --depth === 0) break;
    }
    calls.push(code.slice(at + callee.length, end));
  }
  return calls;
}

/** The rest of the object literal that `code` at `start` is in, up to its closing brace. */
function objectRest(code: string, start: number): string {
  let depth = 1;
  let end = start;
  for (; end < code.length && depth > 0; end += 1) {
    if (code[end] === '{') depth += 1;
    else if (code[end] === '}') depth -= 1;
  }
  return code.slice(start, end);
}

/** The generic constructors themselves: their callers give the reason (or the issues carry one). */
const CONSTRUCTORS = new Set(['shared/api/errors.ts']);

const en = fixedLanguageTranslator('en');
const zh = fixedLanguageTranslator('zh-CN');

describe('error producers', () => {
  it('give every ApiError they make a reason', () => {
    const missing = PRODUCERS.filter((file) => !CONSTRUCTORS.has(file)).flatMap((file) => {
      const code = text(file);
      const calls = [
        ...callArguments(code, 'new ApiError('),
        ...callArguments(code, 'invalidFieldError('),
        // The web host's own failures (electron/web-host/server.ts).
        ...callArguments(code, "failure('"),
      ];
      return calls
        .filter((args) => !/\breason\b/.test(args))
        .map((args) => `${file}: ${args.replace(/\s+/g, ' ').slice(0, 100)}`);
    });
    expect(missing).toEqual([]);
  });

  it('give every error result they build by hand, and every refinement of a schema, a reason', () => {
    const codes = new RegExp(`\\bcode: '(?:${[...ERROR_CODES, 'custom'].join('|')})',`, 'g');
    const missing = PRODUCERS.flatMap((file) => {
      const code = text(file);
      return [...code.matchAll(codes)]
        .map((m) => objectRest(code, m.index))
        .filter((literal) => !/\breason\b/.test(literal))
        .map((literal) => `${file}: ${literal.replace(/\s+/g, ' ').slice(0, 100)}`);
    });
    expect(missing).toEqual([]);
  });

  it('use only listed reasons, and every listed reason is used', () => {
    const code = PRODUCERS.map(text).join('\n');
    const known = new Set<string>([...ERROR_REASONS, ...ISSUE_REASONS]);
    // `reason: 'x'` literals; the guard's and the body reader's own `reason` fields are not API reasons.
    const used = PRODUCERS.filter(
      (file) =>
        !/web-host\/(request-guard|read-body)\.ts$/.test(file) && file !== 'electron/web-host/server.ts',
    ).flatMap((file) => [...text(file).matchAll(/\breason: '([a-z0-9_]+)'/g)].map((m) => m[1] as string));
    expect(used.filter((reason) => !known.has(reason))).toEqual([]);
    const unused = [...known].filter((reason) => !code.includes(`'${reason}'`));
    expect(unused).toEqual([]);
  });
});

/** What a parse of `content` threw. */
function funnelError(content: string | Uint8Array): ApiError {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  try {
    parseFunnelFile(bytes, 'file.csv');
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

describe('funnel import errors', () => {
  const cases: [string, ApiError][] = [
    ...['ga4-funnel-broken.csv', 'mixpanel-funnel-broken.csv', 'crm-gbk-semicolon-broken.csv']
      .concat(['csv-broken-quote.csv', 'empty.csv', 'random-bytes.csv'])
      .map((name): [string, ApiError] => [name, funnelError(fixture(name))]),
    ['a percentage', funnelError('Step,Users\nVisit,45%\n')],
    ['a negative count', funnelError('Step,Users\nVisit,-5\n')],
    ['a fraction', funnelError('Step,Users\nVisit,4.5\n')],
    ['a short row', funnelError('Step,Users,Date\nVisit,5\n')],
    ['a bad date', funnelError('Step,Users,Date\nVisit,5,soon\n')],
    ['a count without a name', funnelError('Step,Users\n,5\n')],
    ['a bad target', funnelError('Stage,Count,Target conversion (%)\nVisit,5,x\n')],
    ['no count column', funnelError('Step,Colour\nVisit,red\n')],
    ['no step column', funnelError('Users,Colour\n5,red\n')],
    ['only comments', funnelError('# a note\n')],
    ['no data rows', funnelError('Step,Users\n')],
    ['a workbook', funnelError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))],
  ];

  it.each(cases)('%s: English as before, Chinese without English words', (_name, error) => {
    expect(error.reason).toBeDefined();
    expect(errorMessage(error, en)).toBe(error.message);
    const chinese = errorMessage(error, zh);
    expect(chinese).not.toContain('英文');
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the row, the column and the cell in Chinese', () => {
    const error = funnelError(fixture('ga4-funnel-broken.csv'));
    expect(errorMessage(error, zh)).toMatch(/^第 \d+ 行“Active users”列：“12,3x5”不是数字。/);
  });
});

describe('backend field errors', () => {
  it('name the field of a refused save in Chinese words', () => {
    const error = invalidFieldError(
      'changes.map.personaIds.0',
      'refers to persona "p1", which is not in this library',
      { reason: 'not_in_library', params: { what: 'persona', id: 'p1' } },
    );
    expect(errorMessage(error, zh)).toBe(
      '用户画像引用 1（changes.map.personaIds.0）指向本资料库中没有的用户画像“p1”。',
    );
    expect(errorMessage(error, en)).toBe(
      'Persona reference 1 (changes.map.personaIds.0) refers to persona "p1", which is not in this library.',
    );
  });
});
