import { ApiError, invalidFieldError, type ErrorParams, type IssueReason } from '../../../shared/api';

/** `not_found` naming what was looked for (`map`, `persona`, ...) and its id. */
export function notFound(what: string, id: string): ApiError {
  return new ApiError('not_found', `No ${what} with id "${id}" exists in this library.`, {
    path: 'id',
    reason: 'item_not_found',
    params: { what, id },
  });
}

/**
 * `invalid_input` for one field, in the same shape zod failures take. The reason is required: it is
 * what the UI says, in its language; `message` (English) is for logs.
 */
export function invalidField(
  path: string,
  message: string,
  reason: IssueReason,
  params?: ErrorParams,
): ApiError {
  return invalidFieldError(path, message, params === undefined ? { reason } : { reason, params });
}
