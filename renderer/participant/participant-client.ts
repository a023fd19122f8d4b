import { ApiError, type ApiResult } from '../../shared/api';
import {
  PARTICIPANT_PATHS,
  PARTICIPANT_TOKEN_HEADER,
  PARTICIPANT_TOKEN_QUERY,
  type ParticipantInput,
  type ParticipantOperationName,
  type ParticipantOutput,
} from '../../shared/workshop';

/**
 * The participant page's only way to the server: `POST /session/api/<name>` on the participant
 * listener that served the page (same origin), with the participant token. It knows nothing of the
 * loopback app or its API. Throws an {@link ApiError} for an error answer.
 */
export async function callParticipant<K extends ParticipantOperationName>(
  name: K,
  input: ParticipantInput<K>,
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Promise<ParticipantOutput<K>> {
  let response: Response;
  try {
    response = await fetchImpl(`${PARTICIPANT_PATHS.apiPrefix}${name}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { [PARTICIPANT_TOKEN_HEADER]: token } : {}),
      },
      body: JSON.stringify(input),
    });
  } catch {
    // Worded for a participant's phone: the web host's `server_unreachable` speaks of `npm run web`.
    throw new ApiError('internal', 'Could not reach the facilitator’s computer.', {
      reason: 'session_unreachable',
    });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const result = body as ApiResult<ParticipantOutput<K>> | undefined;
  if (result && typeof result === 'object' && 'ok' in result) {
    if (result.ok) return result.value;
    throw ApiError.fromData(result.error);
  }
  throw new ApiError('internal', `The session gave an unexpected answer (HTTP ${response.status}).`, {
    reason: 'session_bad_answer',
    params: { status: response.status },
  });
}

/** The URL of the participant's event stream (EventSource cannot send headers). */
export function participantEventsUrl(token: string): string {
  return `${PARTICIPANT_PATHS.events}?${new URLSearchParams({ [PARTICIPANT_TOKEN_QUERY]: token }).toString()}`;
}

/** The join link's secret from the page's address (`/join/<secret>`), or null on the code form. */
export function joinSecretFromPath(pathname: string): string | null {
  if (!pathname.startsWith(PARTICIPANT_PATHS.joinPrefix)) return null;
  const rest = pathname.slice(PARTICIPANT_PATHS.joinPrefix.length).replace(/\/+$/, '');
  return rest && !rest.includes('/') ? decodeURIComponent(rest) : null;
}
