import { ApiError, type ApiErrorData, type ErrorParams, type FieldIssue } from '../../shared/api';
import { i18next } from '../i18n/i18n';

/** What turning an error into words needs from i18next; tests pass a fixed language. */
export interface ErrorTranslator {
  t: (key: string, options?: Record<string, unknown>) => string;
  exists: (key: string) => boolean;
  language: string;
}

function appTranslator(): ErrorTranslator {
  // The keys below are built from codes and reasons, so they cannot be checked statically; a unit
  // test checks that every code, reason and issue reason has a text in every language.
  const t = i18next.t.bind(i18next) as unknown as ErrorTranslator['t'];
  return { t, exists: (key) => i18next.exists(key), language: i18next.resolvedLanguage ?? 'en' };
}

/**
 * A message for people, in the UI language, from anything a call threw. An {@link ApiError} is
 * translated from its reason and params, or from its bad field's path and issue, or from its code.
 * Every error our code produces carries a reason (test/unit/error-producers.test.ts checks the
 * producers). Only for an error nobody foresaw is the English `message` shown: as it is in the
 * English UI, and in other languages after the translated code ("部分输入内容无效（英文详情：…）"), so
 * it still says what is wrong. A code this renderer does not know (a newer backend) shows the
 * English message.
 */
export function errorMessage(error: unknown, tr: ErrorTranslator = appTranslator()): string {
  if (error instanceof ApiError) return apiErrorText(error.toData(), tr);
  if (error instanceof Error) return error.message;
  return String(error);
}

const isEnglish = (tr: ErrorTranslator): boolean => tr.language === 'en' || tr.language.startsWith('en-');

/** Numbers written the way the language writes them (1,200,000); `count` stays a number for plurals. */
export function formatParams(params: ErrorParams | undefined, language: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const number = new Intl.NumberFormat(language);
  for (const [key, value] of Object.entries(params ?? {})) {
    out[key] = typeof value === 'number' && key !== 'count' ? number.format(value) : value;
  }
  return out;
}

/** The text of one error result in the UI language. */
export function apiErrorText(data: ApiErrorData, tr: ErrorTranslator): string {
  if (data.reason !== undefined && tr.exists(`errors.reason.${data.reason}`)) {
    return tr.t(`errors.reason.${data.reason}`, translatedParams(data.params, tr));
  }
  const first = data.issues?.[0];
  // An issue without a reason may be a whole English sentence, not the end of one: in English, its
  // error's own message says it best.
  if (
    data.code === 'invalid_input' &&
    first !== undefined &&
    !(first.reason === undefined && isEnglish(tr))
  ) {
    const more = (data.issues?.length ?? 1) - 1;
    const field = upperFirst(describeFieldPath(first.path, tr));
    const problem = issueText(first, tr);
    return more > 0
      ? tr.t('errors.fieldMore', { field, problem, count: more })
      : tr.t('errors.field', { field, problem });
  }
  if (isEnglish(tr) || !tr.exists(`errors.${data.code}`)) return data.message;
  // The code says what kind of problem it is in the UI language; the English words keep the detail
  // (which row, which persona) until that error, too, carries a reason.
  return tr.t('errors.withDetail', { summary: tr.t(`errors.${data.code}`), detail: data.message });
}

/** The problem of one bad field ("must not be empty"), in the UI language. */
export function issueText(issue: FieldIssue, tr: ErrorTranslator): string {
  if (issue.reason !== undefined && tr.exists(`errors.issue.${issue.reason}`)) {
    const params = translatedParams(issue.params, tr);
    if (issue.reason === 'wrong_type') {
      const expected = String(issue.params?.expected ?? '');
      params.expected = tr.exists(`errors.type.${expected}`) ? tr.t(`errors.type.${expected}`) : expected;
    }
    return tr.t(`errors.issue.${issue.reason}`, params);
  }
  return isEnglish(tr) ? issue.message : tr.t('errors.issue.invalidWithDetail', { detail: issue.message });
}

/**
 * Params as the message shows them: numbers formatted, and the params that are words of the app
 * said in the UI language: `what` a thing (`errors.thing`), `list` a field (`errors.fieldName`),
 * `action` a desktop-only action (`errors.action`), `cause` another reason, said with the same params.
 */
function translatedParams(raw: ErrorParams | undefined, tr: ErrorTranslator): Record<string, unknown> {
  const params = formatParams(raw, tr.language);
  const word = (key: string, group: string): void => {
    const value = raw?.[key];
    if (value !== undefined && tr.exists(`errors.${group}.${value}`))
      params[key] = tr.t(
        `errors.${group}.${value}`,
        group === 'reason' ? formatParams(raw, tr.language) : {},
      );
  };
  word('what', 'thing');
  word('list', 'fieldName');
  word('action', 'action');
  word('cause', 'reason');
  return params;
}

const isIndex = (segment: string | undefined): boolean => segment !== undefined && /^\d+$/.test(segment);

/**
 * Containers that add nothing for people: `map.cards.2` is "card 3", `snapshot.map` is the map, and
 * a save's `changes.upsert.cards.2` is card 3 too.
 */
const CONTAINERS = new Set(['map', 'snapshot', 'file', 'changes', 'upsert']);

/**
 * A field path in words: `map.cards.2.score` is "card 3’s score" (list positions count from 1), with
 * the path itself in brackets when it has several parts, so a file can still be fixed by hand.
 * Parts without words (a field the vocabulary does not know) stay as they are.
 */
export function describeFieldPath(path: string, tr: ErrorTranslator): string {
  if (path === '' || path === '(root)') return tr.t('errors.root');
  const segments = path.split('.');
  const owners: string[] = [];
  const fields: string[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i] as string;
    const next = segments[i + 1];
    if (isIndex(next) && tr.exists(`errors.item.${segment}`)) {
      // Everything named so far owns what follows: "version 1 › card 3".
      owners.push(...fields.splice(0), tr.t(`errors.item.${segment}`, { n: Number(next) + 1 }));
      i += 1;
    } else if (CONTAINERS.has(segment) && next !== undefined) {
      continue;
    } else {
      fields.push(tr.exists(`errors.fieldName.${segment}`) ? tr.t(`errors.fieldName.${segment}`) : segment);
    }
  }
  const owner = owners.join(' › ');
  const field = fields.join(' › ');
  const words = owner === '' ? field : field === '' ? owner : tr.t('errors.owned', { owner, field });
  return segments.length > 1 ? tr.t('errors.withPath', { words, path }) : words;
}

/** Sentences start with a capital letter in languages that have them ("Card 3’s score …"). */
function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
