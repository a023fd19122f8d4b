import type { z } from 'zod';

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
  message: string;
}

/** The one error shape every operation returns, over IPC and over HTTP alike. */
export interface ApiErrorData {
  code: ErrorCode;
  /** A sentence for people: what happened and, where possible, what to do. */
  message: string;
  /** For `invalid_input`: the path of the first bad field. */
  path?: string;
  /** For `invalid_input`: every bad field. */
  issues?: FieldIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/**
 * A typed error that services throw and transports turn into an {@link ApiErrorData}; the renderer's
 * client throws it back so UI code can `catch` it.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, options: { path?: string; issues?: FieldIssue[] } = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.path = options.path;
    this.issues = options.issues;
  }

  toData(): ApiErrorData {
    const data: ApiErrorData = { code: this.code, message: this.message };
    if (this.path !== undefined) data.path = this.path;
    if (this.issues !== undefined) data.issues = this.issues;
    return data;
  }

  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.message, { path: data.path, issues: data.issues });
  }
}

/** `['stages', 0, 'name']` -> `stages.0.name`; the root is `(root)`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((p) => String(p)).join('.');
}

/** Turns a zod failure into an `invalid_input` error naming every bad field. */
export function invalidInputFromZod(error: z.ZodError, what = 'input'): ApiError {
  const issues = error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
  const first = issues[0] ?? { path: '(root)', message: 'is invalid' };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new ApiError('invalid_input', `Invalid ${what}: ${first.path} ${first.message}${more}`, {
    path: first.path,
    issues,
  });
}

/** Any thrown value as error data; unknown errors become `internal` without leaking internals. */
export function toErrorData(error: unknown): ApiErrorData {
  if (error instanceof ApiError) return error.toData();
  return { code: 'internal', message: 'Something went wrong inside the app. Please try again.' };
}
