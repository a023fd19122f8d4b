import { ApiError } from '../../../shared/api';

/** `not_found` naming what was looked for and its id. */
export function notFound(what: string, id: string): ApiError {
  return new ApiError('not_found', `No ${what} with id "${id}" exists in this library.`, { path: 'id' });
}

/** `invalid_input` for one field, in the same shape zod failures take. */
export function invalidField(path: string, message: string): ApiError {
  return new ApiError('invalid_input', `Invalid input: ${path} ${message}`, {
    path,
    issues: [{ path, message }],
  });
}
