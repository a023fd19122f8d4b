import type { z } from 'zod';
import { ISSUE_REASONS, type ErrorParams, type ErrorReason, type IssueReason } from './error-reasons';

const isIssueReason = (value: unknown): value is IssueReason =>
  (ISSUE_REASONS as readonly unknown[]).includes(value);

export * from './error-reasons';

/** Stable error codes: the UI and the tests switch on these, never on the message. */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_operation',
  'unsupported_version',
  'too_large',
  'forbidden',
  'internal',
  /** The operation exists but this transport cannot do it (e.g. a native dialog in web mode). */
  'unsupported',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with an input, with the path of the bad field (e.g. `stages.0.name`). */
export interface FieldIssue {
  path: string;
  /** English, for logs and for issues without a reason. */
  message: string;
  /** The stable kind of problem, which the renderer translates. */
  reason?: IssueReason;
  params?: ErrorParams;
}

/** The one error shape every operation returns, over IPC and over HTTP alike. */
export interface ApiErrorData {
  code: ErrorCode;
  /** A sentence for people in English: what happened and, where possible, what to do. Logs use it. */
  message: string;
  /** The exact problem, which the renderer translates (`errors.reason.<reason>`) with `params`. */
  reason?: ErrorReason;
  /** Structured values of the problem (a limit, a line number, an id) for the translated message. */
  params?: ErrorParams;
  /** For `invalid_input`: the path of the first bad field. */
  path?: string;
  /** For `invalid_input`: every bad field. */
  issues?: FieldIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

export interface ApiErrorOptions {
  path?: string;
  issues?: FieldIssue[];
  reason?: ErrorReason;
  params?: ErrorParams;
}

/**
 * A typed error that services throw and transports turn into an {@link ApiErrorData}; the renderer's
 * client throws it back so UI code can `catch` it.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;
  readonly issues: FieldIssue[] | undefined;
  readonly reason: ErrorReason | undefined;
  readonly params: ErrorParams | undefined;

  constructor(code: ErrorCode, message: string, options: ApiErrorOptions = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.path = options.path;
    this.issues = options.issues;
    this.reason = options.reason;
    this.params = options.params;
  }

  toData(): ApiErrorData {
    const data: ApiErrorData = { code: this.code, message: this.message };
    if (this.reason !== undefined) data.reason = this.reason;
    if (this.params !== undefined) data.params = this.params;
    if (this.path !== undefined) data.path = this.path;
    if (this.issues !== undefined) data.issues = this.issues;
    return data;
  }

  static fromData(data: ApiErrorData): ApiError {
    const { path, issues, reason, params } = data;
    return new ApiError(data.code, data.message, { path, issues, reason, params });
  }
}

/** `['stages', 0, 'name']` -> `stages.0.name`; the root is `(root)`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((p) => String(p)).join('.');
}

/** The ids schema's pattern (shared/domain/primitives.ts), recognised to say "not a valid id". */
const ID_PATTERN = '/^[A-Za-z0-9_-]+$/';

/** zod's issue as a stable reason with its values, so the renderer can say it in the UI language. */
export function issueReason(issue: z.core.$ZodIssue): Pick<FieldIssue, 'reason' | 'params'> {
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 does not report the received type as data, only in its English message.
      if (/received undefined$/.test(issue.message)) return { reason: 'required' };
      if (issue.expected === 'int') return { reason: 'not_integer' };
      return { reason: 'wrong_type', params: { expected: issue.expected } };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1 ? { reason: 'empty' } : { reason: 'too_short', params: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { reason: 'too_few', params: { minimum } };
      return { reason: issue.inclusive === false ? 'more_than' : 'at_least', params: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { reason: 'too_long', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { reason: 'too_many', params: { maximum } };
      return { reason: issue.inclusive === false ? 'less_than' : 'at_most', params: { maximum } };
    }
    case 'invalid_value':
      return {
        reason: 'not_one_of',
        params: {
          values: issue.values
            .slice(0, 12)
            .map((v) => JSON.stringify(v))
            .join(', '),
        },
      };
    case 'invalid_format':
      if (issue.format === 'datetime') return { reason: 'bad_datetime' };
      if (issue.format === 'date') return { reason: 'bad_date' };
      if (issue.format === 'regex' && 'pattern' in issue && issue.pattern === ID_PATTERN)
        return { reason: 'bad_id' };
      return { reason: 'bad_format' };
    case 'unrecognized_keys':
      return { reason: 'unknown_fields', params: { keys: issue.keys.slice(0, 5).join(', ') } };
    case 'custom': {
      // Our own refinements name their reason in the issue's params (`params: { reason: 'repeated' }`).
      const reason: unknown = issue.params?.reason;
      return isIssueReason(reason) ? { reason } : { reason: 'invalid' };
    }
    default:
      return { reason: 'invalid' };
  }
}

/** Turns a zod failure into an `invalid_input` error naming every bad field. */
export function invalidInputFromZod(error: z.ZodError, what = 'input'): ApiError {
  const issues: FieldIssue[] = error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: issue.message,
    ...issueReason(issue),
  }));
  const first = issues[0] ?? { path: '(root)', message: 'is invalid', reason: 'invalid' };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new ApiError('invalid_input', `Invalid ${what}: ${first.path} ${first.message}${more}`, {
    path: first.path,
    issues,
  });
}

/** `invalid_input` for one field, in the same shape zod failures take. */
export function invalidFieldError(
  path: string,
  message: string,
  options: { what?: string; reason?: IssueReason; params?: ErrorParams } = {},
): ApiError {
  const issue: FieldIssue = { path, message };
  if (options.reason !== undefined) issue.reason = options.reason;
  if (options.params !== undefined) issue.params = options.params;
  return new ApiError('invalid_input', `Invalid ${options.what ?? 'input'}: ${path} ${message}`, {
    path,
    issues: [issue],
  });
}

/** Any thrown value as error data; unknown errors become `internal` without leaking internals. */
export function toErrorData(error: unknown): ApiErrorData {
  if (error instanceof ApiError) return error.toData();
  return {
    code: 'internal',
    message: 'Something went wrong inside the app. Please try again.',
    reason: 'unexpected_error',
  };
}
