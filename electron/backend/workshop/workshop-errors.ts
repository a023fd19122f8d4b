import { ApiError, type ErrorCode, type ErrorParams, type ErrorReason } from '../../../shared/api';

/** An error of a workshop operation, with its reason (translated in renderer/i18n/errors.*). */
export function workshopError(
  code: ErrorCode,
  reason: ErrorReason,
  message: string,
  params?: ErrorParams,
): ApiError {
  return new ApiError(code, message, params === undefined ? { reason } : { reason, params });
}

export const notRunning = (): ApiError =>
  workshopError('not_found', 'session_not_running', 'This workshop session is not running any more.');

export const tokenRefused = (): ApiError =>
  workshopError(
    'forbidden',
    'session_token_refused',
    'You are no longer in this session (it ended or the facilitator removed you).',
  );

export const rateLimited = (seconds: number): ApiError =>
  workshopError('forbidden', 'session_rate_limited', `Too many requests. Wait ${seconds} seconds.`, {
    seconds,
  });
